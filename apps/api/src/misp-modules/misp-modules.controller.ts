import { Body, Controller, Get, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { findTriggerDefinition, TRIGGER_DEFINITIONS } from '@misp-wf/engine';
import { Public } from '../common/auth/auth.decorators';
import { ApiError } from '../common/errors/api-error';
import { JobQueueService } from '../queue/job-queue.service';
import { WorkflowRunnerService } from '../runs/workflow-runner.service';
import { SettingsService } from '../settings/settings.service';

const VERSION = '0.1.0';

/** `event-publish` ↔ `workflow_event_publish`: a misp-modules name MISP can slug without change. */
export const moduleNameFor = (triggerId: string): string => `workflow_${triggerId.replace(/-/g, '_')}`;
const triggerFor = (name: string) => TRIGGER_DEFINITIONS.find((t) => moduleNameFor(t.id) === name);

/**
 * The misp-modules-compatible surface (contract §6): stock MISP, configured with this platform as its
 * action-module server, lists one action module per listening trigger and runs the trigger's workflow
 * through `/query`. Answers follow misp-modules: HTTP 200, `{"error": …}` to refuse, `{"data": true}` to pass.
 */
@ApiTags('misp-modules')
@Public()
@Controller()
export class MispModulesController {
  constructor(
    private readonly runner: WorkflowRunnerService,
    private readonly queue: JobQueueService,
    private readonly settings: SettingsService,
  ) {}

  @Get('healthcheck')
  healthcheck() {
    return { status: true };
  }

  @Get('version')
  version() {
    return { version: VERSION };
  }

  @Get('modules')
  @ApiOperation({ summary: 'misp-modules `GET /modules`: one action module per listening workflow trigger' })
  async modules(@Headers('authorization') auth?: string) {
    await this.checkSecret(auth);
    const listed = [];
    for (const t of TRIGGER_DEFINITIONS) {
      if (!(await this.runner.callableWorkflow(t.id))) continue;
      const config = { params: {}, blocking: t.blocking, support_filters: false, expect_misp_core_format: true };
      const name = moduleNameFor(t.id);
      listed.push({
        name,
        type: 'action_mod',
        mispattributes: { config },
        meta: { version: '1.0', author: 'MISP Workflow Platform', description: `Runs the workflow bound to the MISP trigger \`${t.id}\``, 'module-type': ['action'], name, config },
      });
    }
    return listed;
  }

  @Post('query')
  @HttpCode(200)
  @ApiOperation({ summary: 'misp-modules `POST /query`: run the trigger workflow on the data' })
  async query(@Body() body: unknown, @Headers('authorization') auth?: string) {
    await this.checkSecret(auth);
    const request = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    const trigger = typeof request['module'] === 'string' ? triggerFor(request['module']) : undefined;
    if (!trigger || !findTriggerDefinition(trigger.id)) return { error: `Unknown module \`${String(request['module'] ?? '')}\`` };
    const workflow = await this.runner.callableWorkflow(trigger.id);
    if (!workflow) return { data: true };
    if (!trigger.blocking) {
      await this.queue.enqueue({ kind: 'trigger', triggerId: trigger.id, workflowId: workflow.id, data: request['data'] ?? {} });
      return { data: true };
    }
    // MISP sends the roaming data, already in core format when the calling workflow expects it.
    const result = await this.runner.run({ workflow, rawData: request['data'] ?? {}, source: 'hook', preNormalized: true });
    return result.success ? { data: true } : { error: result.errors.join(', ') || `Workflow outcome: ${result.outcome}` };
  }

  private async checkSecret(auth: string | undefined): Promise<void> {
    const secret = await this.settings.get('Plugin.Workflow_misp_modules_secret');
    if (secret !== '' && auth?.replace(/^Bearer\s+/i, '') !== secret) {
      throw new ApiError('unauthorized', 'This misp-modules endpoint needs the shared secret in the Authorization header');
    }
  }
}
