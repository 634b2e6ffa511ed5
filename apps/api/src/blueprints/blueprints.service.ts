import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { BlueprintView, Page, WorkflowView } from '@misp-wf/contracts';
import { blueprintToGraph, graphToBlueprintNodes, insertBlueprint, parseGraph, type WorkflowGraph } from '@misp-wf/engine';
import { randomUUID } from 'node:crypto';
import { QueryFailedError, type Repository } from 'typeorm';
import { ApiError } from '../common/errors/api-error';
import { WorkflowsService } from '../workflows/workflows.service';
import { BlueprintEntity } from './blueprint.entity';
import { EXAMPLE_BLUEPRINTS } from './examples/example-blueprints';

export type BlueprintInput = { uuid?: string; name: string; description?: string; data: unknown; timestamp?: number | string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

@Injectable()
export class BlueprintsService implements OnApplicationBootstrap {
  constructor(
    @InjectRepository(BlueprintEntity) private readonly repo: Repository<BlueprintEntity>,
    private readonly workflows: WorkflowsService,
  ) {}

  /** Installs the bundled examples once (like MISP's default blueprints); an admin may delete them. */
  async onApplicationBootstrap(): Promise<void> {
    for (const example of EXAMPLE_BLUEPRINTS) {
      if (await this.repo.exists({ where: { uuid: example.uuid } })) continue;
      await this.create({ ...example, timestamp: 1764000000 }, true).catch(() => undefined);
    }
  }

  async list(q: { page: number; limit: number; q?: string }): Promise<Page<BlueprintView>> {
    const qb = this.repo.createQueryBuilder('b').orderBy('b.name', 'ASC').skip((q.page - 1) * q.limit).take(q.limit);
    if (q.q) qb.where('LOWER(b.name) LIKE :q OR b.uuid LIKE :q', { q: `%${q.q.toLowerCase()}%` });
    const [rows, total] = await qb.getManyAndCount();
    return { data: rows.map(toView), page: q.page, limit: q.limit, total };
  }

  async get(id: string): Promise<BlueprintView> {
    return toView(await this.find(id));
  }

  async create(input: BlueprintInput, isDefault = false): Promise<BlueprintView> {
    const nodes = parseNodes(input.data);
    const uuid = (input.uuid ?? randomUUID()).toLowerCase();
    if (!UUID.test(uuid)) throw new ApiError('validation_failed', 'Please provide a valid RFC 4122 UUID', [{ path: 'uuid', message: 'invalid uuid' }]);
    const row = Object.assign(new BlueprintEntity(), {
      id: randomUUID(),
      uuid,
      name: input.name,
      description: input.description ?? '',
      timestamp: input.timestamp !== undefined && Number.isFinite(Number(input.timestamp)) ? Number(input.timestamp) : Math.floor(Date.now() / 1000),
      isDefault,
      data: JSON.stringify(nodes),
    });
    if (await this.repo.exists({ where: { uuid } })) throw new ApiError('conflict', 'The UUID provided is not unique');
    try {
      await this.repo.insert(row);
    } catch (error) {
      if (error instanceof QueryFailedError && /unique|duplicate/i.test(error.message)) throw new ApiError('conflict', 'The UUID provided is not unique');
      throw error;
    }
    return toView(row);
  }

  async update(id: string, input: Partial<BlueprintInput>): Promise<BlueprintView> {
    const row = await this.find(id);
    if (input.name !== undefined) row.name = input.name;
    if (input.description !== undefined) row.description = input.description;
    if (input.data !== undefined) row.data = JSON.stringify(parseNodes(input.data));
    row.timestamp = Math.floor(Date.now() / 1000);
    row.isDefault = false;
    await this.repo.save(row);
    return toView(row);
  }

  async remove(id: string): Promise<void> {
    const result = await this.repo.delete({ id });
    if (!result.affected) throw new ApiError('not_found', 'Invalid WorkflowBlueprint.');
  }

  /** MISP's export file: `{"WorkflowBlueprint": {…}}` with integer columns as strings, as MISP writes them. */
  async exportFile(id: string) {
    const b = await this.get(id);
    return { WorkflowBlueprint: { id: b.id, uuid: b.uuid, name: b.name, description: b.description, timestamp: String(b.timestamp), data: b.data, default: b.default } };
  }

  /** Pastes a blueprint into a workflow: trigger nodes skipped, fresh node ids, inner connections kept. */
  async insertIntoWorkflow(workflowId: string, blueprintId: string, offset?: { x: number; y: number }): Promise<WorkflowView> {
    const workflow = await this.workflows.get(workflowId);
    const graph = parseStoredGraph(workflow.data);
    const blueprint = await this.get(blueprintId);
    const parsed = blueprintToGraph(blueprint.data);
    if (!parsed.ok) throw new ApiError('invalid_graph', `Blueprint nodes are invalid: ${parsed.errors[0]}`);
    const { graph: next } = insertBlueprint({ graph, blueprintNodes: graphToBlueprintNodes(parsed.graph), offset });
    return this.workflows.update(workflowId, { data: next as unknown as Record<string, unknown> });
  }

  /** Saves the selected nodes of a workflow as a blueprint (MISP's "save selection as blueprint"). */
  async fromWorkflow(input: { workflow_id: string; node_ids: number[]; name: string; description?: string }): Promise<BlueprintView> {
    const workflow = await this.workflows.get(input.workflow_id);
    const wanted = new Set(input.node_ids);
    const nodes = graphToBlueprintNodes(parseStoredGraph(workflow.data)).filter((n) => wanted.has(n.id) && n.data.module_type !== 'trigger');
    if (nodes.length === 0) throw new ApiError('validation_failed', 'None of the selected nodes can go into a blueprint (triggers cannot)');
    return this.create({ name: input.name, description: input.description ?? `[${workflow.trigger_id}]\n`, data: nodes });
  }

  private async find(id: string): Promise<BlueprintEntity> {
    const row = await this.repo.findOne({ where: { id } });
    if (!row) throw new ApiError('not_found', 'Invalid WorkflowBlueprint.');
    return row;
  }
}

/** Blueprint data is a list of nodes, or (MISP accepts it) a JSON string of one. */
function parseNodes(data: unknown): unknown[] {
  let value = data;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      throw new ApiError('validation_failed', 'Blueprint data is not valid JSON');
    }
  }
  if (!Array.isArray(value)) throw new ApiError('validation_failed', 'Blueprint data must be a list of nodes');
  const parsed = blueprintToGraph(value);
  if (!parsed.ok) throw new ApiError('validation_failed', `Invalid blueprint nodes: ${parsed.errors[0]}`, { errors: parsed.errors });
  return value;
}

function parseStoredGraph(data: unknown): WorkflowGraph {
  const parsed = parseGraph(data);
  if (!parsed.ok) throw new ApiError('invalid_graph', `Stored graph is invalid: ${parsed.errors[0]}`);
  return parsed.graph;
}

function toView(row: BlueprintEntity): BlueprintView {
  return { id: row.id, uuid: row.uuid, name: row.name, description: row.description, timestamp: row.timestamp, default: row.isDefault, data: JSON.parse(row.data) as unknown[] };
}
