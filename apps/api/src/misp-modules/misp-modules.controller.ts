import { Body, Controller, Get, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { findTriggerDefinition, TRIGGER_DEFINITIONS } from '@misp-wf/engine';
import { Public } from '../common/auth/auth.decorators';
import { ApiError } from '../common/errors/api-error';
import { TriggerDispatchService } from '../hooks/trigger-dispatch.service';
import { MispModulesClient } from '../modules/remote/misp-modules.client';
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
 * With `Plugin.Action_services_enable` on, the action modules of the real misp-modules server are listed
 * too and their queries forwarded to it, so MISP keeps them while pointing at the platform.
 */
@ApiTags('misp-modules')
@Public()
@Controller()
export class MispModulesController {
  constructor(
    private readonly runner: WorkflowRunnerService,
    private readonly dispatch: TriggerDispatchService,
    private readonly settings: SettingsService,
    private readonly mispModules: MispModulesClient,
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
  @ApiOperation({ summary: 'misp-modules `GET /modules`: one action module per listening workflow trigger, plus the proxied misp-modules actions' })
  async modules(@Headers('authorization') auth?: string) {
    await this.checkSecret(auth);
    const listed: unknown[] = [];
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
    const own = new Set(TRIGGER_DEFINITIONS.map((t) => moduleNameFor(t.id)));
    for (const entry of (await this.mispModules.snapshot()).actions) {
      if (!own.has(nameOf(entry))) listed.push(entry);
    }
    return listed;
  }

  @Post('query')
  @HttpCode(200)
  @ApiOperation({ summary: 'misp-modules `POST /query`: run the trigger workflow on the data' })
  async query(@Body() body: unknown, @Headers('authorization') auth?: string) {
    await this.checkSecret(auth);
    const request = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    const name = typeof request['module'] === 'string' ? request['module'] : '';
    const trigger = triggerFor(name);
    if (!trigger || !findTriggerDefinition(trigger.id)) return this.forward(name, request);
    // The same path as the hook: the nesting guard (decision 0019) and the count of blocking runs apply.
    // MISP sends the roaming data, already in core format when the calling workflow expects it (a queued
    // run converts it again, which leaves core-format data as it is).
    const outcome = await this.dispatch.dispatch({ triggerId: trigger.id, data: request['data'] ?? {}, preNormalized: true });
    if (outcome.kind !== 'ran') return { data: true };
    const { result } = outcome;
    return result.success ? { data: true } : { error: result.errors.join(', ') || `Workflow outcome: ${result.outcome}` };
  }

  /** A query for a proxied misp-modules action goes to the real server; its answer comes back as is. */
  private async forward(name: string, request: Record<string, unknown>): Promise<unknown> {
    const proxied = name !== '' && (await this.mispModules.snapshot()).actions.some((entry) => nameOf(entry) === name);
    if (!proxied) return { error: `Unknown module \`${String(request['module'] ?? '')}\`` };
    const answer = await this.mispModules.query(request);
    return answer.ok ? answer.body : { error: `The misp-modules server did not answer for \`${name}\`: ${answer.reason}` };
  }

  private async checkSecret(auth: string | undefined): Promise<void> {
    const secret = await this.settings.get('Plugin.Workflow_misp_modules_secret');
    if (secret !== '' && auth?.replace(/^Bearer\s+/i, '') !== secret) {
      throw new ApiError('unauthorized', 'This misp-modules endpoint needs the shared secret in the Authorization header');
    }
  }
}

function nameOf(entry: unknown): string {
  return typeof entry === 'object' && entry !== null && 'name' in entry && typeof entry.name === 'string' ? entry.name : '';
}
