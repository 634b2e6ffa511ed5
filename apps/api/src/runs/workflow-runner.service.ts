import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { convertToCoreFormat, findTriggerDefinition, parseGraph, runWorkflow, type Normalizer } from '@misp-wf/engine';
import { randomUUID } from 'node:crypto';
import type { Repository } from 'typeorm';
import { ApiError } from '../common/errors/api-error';
import { stepCollector } from '../executions/execution-step';
import { ExecutionEntity } from '../executions/execution.entity';
import { ExecutionsService } from '../executions/executions.service';
import { ModuleRegistryService } from '../modules/module-registry.service';
import { SettingsService } from '../settings/settings.service';
import { WorkflowEntity } from '../workflows/workflow.entity';

export type RunAnswer = { success: boolean; outcome: 'success' | 'blocked' | 'failure'; errors: string[]; execution_id: string };

/** Runs a stored workflow through the engine, under the blocking deadline, and records the execution. */
@Injectable()
export class WorkflowRunnerService {
  private readonly logger = new Logger('workflow');

  constructor(
    @InjectRepository(WorkflowEntity) private readonly workflows: Repository<WorkflowEntity>,
    private readonly registry: ModuleRegistryService,
    private readonly executions: ExecutionsService,
    private readonly settings: SettingsService,
  ) {}

  /** MISP's `isTriggerCallable` (spec §3.1): workflows on, the trigger on, and a workflow listening. */
  async callableWorkflow(triggerId: string): Promise<WorkflowEntity | null> {
    const settings = await this.settings.getMap();
    if (settings['Plugin.Workflow_enable'] !== true) return null;
    if (settings[`Plugin.Workflow_triggers_${triggerId}`] !== true) return null;
    return this.workflows.findOne({ where: { triggerId } });
  }

  async run(args: { workflow: WorkflowEntity; rawData: unknown; source: 'hook' | 'manual' }): Promise<RunAnswer> {
    const { workflow, rawData, source } = args;
    const trigger = findTriggerDefinition(workflow.triggerId);
    if (!trigger) throw new ApiError('not_found', `Unknown trigger \`${workflow.triggerId}\``);
    const parsed = parseGraph(JSON.parse(workflow.data));
    if (!parsed.ok) throw new ApiError('invalid_graph', `Stored graph is invalid: ${parsed.errors[0]}`);
    await this.workflows.increment({ id: workflow.id }, 'counter', 1);

    const executionId = randomUUID();
    const timeoutS = Number(await this.settings.get('Plugin.Workflow_blocking_timeout'));
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), timeoutS * 1000);
    const { sink, steps } = stepCollector();
    const started = new Date();
    const normalize: Normalizer = async (raw) => {
      const converted = await convertToCoreFormat(trigger.id, raw);
      return converted.ok ? { ok: true, data: converted.data } : { ok: false, error: converted.error.message.replace(/^Error while normalizing data for trigger\. /, '') };
    };
    const result = await runWorkflow({
      graph: parsed.graph,
      workflow: { id: workflow.id, name: workflow.name },
      trigger: { id: trigger.id, blocking: trigger.blocking },
      rawData,
      normalize,
      ports: { resolveModule: await this.registry.resolver(), trace: sink, log: (e) => this.logger.warn(e.message) },
      signal: deadline.signal,
      nodeTimeoutMs: timeoutS * 1000,
      executionId,
    }).finally(() => clearTimeout(timer));

    const errors = deadline.signal.aborted ? [...result.errors, `Workflow exceeded Plugin.Workflow_blocking_timeout (${timeoutS} s)`] : result.errors;
    const outcome = deadline.signal.aborted ? 'failure' : result.outcome;
    const finished = new Date();
    await this.executions.record(
      Object.assign(new ExecutionEntity(), {
        id: executionId,
        workflowId: workflow.id,
        triggerId: trigger.id,
        source,
        outcome,
        outcomeText: deadline.signal.aborted ? 'failure' : result.outcomeText,
        success: result.success && !deadline.signal.aborted,
        errors: JSON.stringify(errors),
        steps: JSON.stringify(steps),
        startedAt: started,
        finishedAt: finished,
        durationMs: finished.getTime() - started.getTime(),
      }),
    );
    return { success: result.success && !deadline.signal.aborted, outcome, errors, execution_id: executionId };
  }
}
