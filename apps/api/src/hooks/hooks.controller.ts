import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { findTriggerDefinition } from '@misp-wf/engine';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { ApiError } from '../common/errors/api-error';
import { LogsService } from '../logs/logs.service';
import { JobQueueService } from '../queue/job-queue.service';
import { WorkflowRunnerService } from '../runs/workflow-runner.service';

const HookBodySchema = z.object({
  data: z.unknown().refine((v) => v !== undefined, { message: 'Required' }),
  logging: z.object({ model: z.string().optional(), action: z.string().optional(), id: z.union([z.string(), z.number()]).optional(), message: z.string().optional() }).optional(),
});
class HookBodyDto extends createZodDto(HookBodySchema) {}

/** The trigger hook MISP calls (contract §5). Needs an admin key: running workflows is a write. */
@ApiTags('hooks')
@ApiSecurity('api-key')
@Controller('hooks/misp')
export class HooksController {
  constructor(
    private readonly runner: WorkflowRunnerService,
    private readonly queue: JobQueueService,
    private readonly logs: LogsService,
  ) {}

  @Post(':trigger_id')
  @ApiOperation({ summary: 'Run the workflow bound to a MISP trigger: blocking triggers answer with the outcome' })
  async hook(@Param('trigger_id') triggerId: string, @Body() body: HookBodyDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const trigger = findTriggerDefinition(triggerId);
    if (!trigger) throw new ApiError('not_found', `Unknown trigger \`${triggerId}\``);
    const workflow = await this.runner.callableWorkflow(triggerId);
    if (!workflow) {
      // Nothing listens: MISP's operation proceeds.
      void reply.status(200);
      return trigger.blocking ? { success: true, outcome: 'success', errors: [], execution_id: null } : { success: true, queued: false, execution_id: null };
    }
    if (!trigger.blocking) {
      // Persisted (payload + job, one transaction) before the 202, so a crash cannot lose it.
      const { executionId } = await this.queue.enqueue({ kind: 'trigger', triggerId, workflowId: workflow.id, data: body.data });
      void reply.status(202);
      return { success: true, queued: true, execution_id: executionId };
    }
    void reply.status(200);
    const result = await this.runner.run({ workflow, rawData: body.data, source: 'hook' });
    if (!result.success && body.logging) {
      // MISP's executeTrigger logs the refusal under the caller's model (spec §3.1).
      this.logs.write({
        model: body.logging.model ?? 'Workflow',
        modelId: String(body.logging.id ?? 0),
        action: body.logging.action ?? 'execute_workflow',
        title: body.logging.message || 'Error while executing workflow.',
        change: `Returned message: ${result.errors.join(', ')}`,
      });
    }
    return result;
  }
}
