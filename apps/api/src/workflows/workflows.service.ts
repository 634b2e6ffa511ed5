import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Page, WorkflowSummary, WorkflowView } from '@misp-wf/contracts';
import { checkGraph, findTriggerDefinition, type CheckGraphResult } from '@misp-wf/engine';
import { randomUUID } from 'node:crypto';
import { QueryFailedError, type Repository } from 'typeorm';
import { ApiError } from '../common/errors/api-error';
import { ModuleRegistryService } from '../modules/module-registry.service';
import type { CreateWorkflowDto, ListWorkflowsQuery, UpdateWorkflowDto } from './dto/workflow.dto';
import { WORKFLOW_FILE_FORMAT } from './dto/workflow.dto';
import { assertSavable, parseOrThrow } from './graph-validation';
import { WorkflowEntity } from './workflow.entity';
import { toWorkflowSummary, toWorkflowView } from './workflow-view';

@Injectable()
export class WorkflowsService {
  constructor(
    @InjectRepository(WorkflowEntity) private readonly repo: Repository<WorkflowEntity>,
    private readonly catalog: ModuleRegistryService,
  ) {}

  async list(query: ListWorkflowsQuery): Promise<Page<WorkflowSummary>> {
    const where = query.trigger_id ? { triggerId: query.trigger_id } : {};
    const [rows, total] = await this.repo.findAndCount({
      where,
      order: { updatedAt: 'DESC' },
      skip: (query.page - 1) * query.limit,
      take: query.limit,
    });
    return { data: rows.map(toWorkflowSummary), page: query.page, limit: query.limit, total };
  }

  async get(id: string): Promise<WorkflowView> {
    return toWorkflowView(await this.find(id));
  }

  async create(input: CreateWorkflowDto): Promise<WorkflowView> {
    this.assertKnownTrigger(input.trigger_id);
    const graph = parseOrThrow(input.data);
    assertSavable({ graph, triggerId: input.trigger_id, isBlocking: this.catalog.isBlocking });
    const now = new Date();
    const row = this.repo.create({
      id: randomUUID(),
      name: input.name,
      description: input.description ?? '',
      triggerId: input.trigger_id,
      data: JSON.stringify(input.data),
      debugEnabled: input.debug_enabled ?? false,
      counter: 0,
      createdAt: now,
      updatedAt: now,
    });
    await this.insertUnique(row);
    return toWorkflowView(row);
  }

  async update(id: string, input: UpdateWorkflowDto): Promise<WorkflowView> {
    const row = await this.find(id);
    if (input.trigger_id !== undefined && input.trigger_id !== row.triggerId) {
      throw new ApiError('bad_request', 'trigger_id cannot be changed; create a workflow for the other trigger');
    }
    if (input.data !== undefined) {
      const graph = parseOrThrow(input.data);
      assertSavable({ graph, triggerId: row.triggerId, isBlocking: this.catalog.isBlocking });
      row.data = JSON.stringify(input.data);
    }
    if (input.name !== undefined) row.name = input.name;
    if (input.description !== undefined) row.description = input.description;
    if (input.debug_enabled !== undefined) row.debugEnabled = input.debug_enabled;
    row.updatedAt = new Date();
    await this.repo.save(row);
    return toWorkflowView(row);
  }

  async remove(id: string): Promise<void> {
    const result = await this.repo.delete({ id });
    if (!result.affected) throw new ApiError('not_found', `Workflow ${id} not found`);
  }

  checkGraph(data: unknown): CheckGraphResult {
    return checkGraph(parseOrThrow(data), { isBlockingModule: this.catalog.isBlocking });
  }

  async exportFile(id: string) {
    const w = await this.get(id);
    return {
      format: WORKFLOW_FILE_FORMAT,
      exported_at: new Date().toISOString(),
      workflow: { name: w.name, description: w.description, trigger_id: w.trigger_id, debug_enabled: w.debug_enabled, data: w.data },
    };
  }

  private assertKnownTrigger(triggerId: string): void {
    if (!findTriggerDefinition(triggerId)) throw new ApiError('validation_failed', `Unknown trigger \`${triggerId}\``, [{ path: 'trigger_id', message: 'unknown trigger' }]);
  }

  /** The stored row (for running it). */
  async find(id: string): Promise<WorkflowEntity> {
    const row = await this.repo.findOne({ where: { id } });
    if (!row) throw new ApiError('not_found', `Workflow ${id} not found`);
    return row;
  }

  /** The unique index decides races between two creations for one trigger. */
  private async insertUnique(row: WorkflowEntity): Promise<void> {
    if (await this.repo.exists({ where: { triggerId: row.triggerId } })) throw this.conflict(row.triggerId);
    try {
      await this.repo.insert(row);
    } catch (error) {
      if (error instanceof QueryFailedError && /unique|duplicate/i.test(error.message)) throw this.conflict(row.triggerId);
      throw error;
    }
  }

  private conflict(triggerId: string): ApiError {
    return new ApiError('conflict', `A workflow is already bound to trigger \`${triggerId}\` (one workflow per trigger, as in MISP)`);
  }
}
