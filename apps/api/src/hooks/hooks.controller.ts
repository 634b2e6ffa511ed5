import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { LogsService } from '../logs/logs.service';
import { TriggerDispatchService } from './trigger-dispatch.service';

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
    private readonly dispatcher: TriggerDispatchService,
    private readonly logs: LogsService,
  ) {}

  @Post(':trigger_id')
  @ApiOperation({ summary: 'Run the workflow bound to a MISP trigger: blocking triggers answer with the outcome' })
  async hook(@Param('trigger_id') triggerId: string, @Body() body: HookBodyDto, @Res({ passthrough: true }) reply: FastifyReply) {
    // Non-blocking: persisted (payload + job, one transaction, then the queue) before the 202.
    const dispatched = await this.dispatcher.dispatch({ triggerId, data: body.data });
    switch (dispatched.kind) {
      case 'not-callable':
      case 'reentrant': {
        // Nothing listens, or this is our own callback echoing back (decision 0019): MISP's operation proceeds.
        void reply.status(200);
        const skipped = dispatched.kind === 'reentrant' ? { skipped: 'reentrant' as const } : {};
        return dispatched.blocking ? { success: true, outcome: 'success', errors: [], execution_id: null, ...skipped } : { success: true, queued: false, execution_id: null, ...skipped };
      }
      case 'queued':
        void reply.status(202);
        return { success: true, queued: true, execution_id: dispatched.executionId };
      case 'ran': {
        void reply.status(200);
        const result = dispatched.result;
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
  }
}
