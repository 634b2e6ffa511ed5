import type { ActionConfig, JsonObject, JsonValue, MispModule, ModuleMeta } from './module-types';
import { pythonJsonDumps, renderTemplate } from './template-rendering';

/** Python raises KeyError on `request["x"]`; here any missing key throws so the server answers the generic error. */
export function requireKey(source: JsonValue | undefined, key: string): JsonValue {
  if (source === null || typeof source !== 'object' || Array.isArray(source) || !(key in source)) {
    throw new Error(`KeyError: '${key}'`);
  }
  return source[key];
}

function actionModule(name: string, info: Omit<ModuleMeta, 'module-type' | 'config'>, config: ActionConfig, handler: MispModule['handler']): MispModule {
  return {
    descriptor: { name, type: 'action_mod', mispattributes: { config }, meta: { ...info, 'module-type': ['action'], config } },
    handler,
  };
}

const EMPTY_INFO = { logo: '', requirements: [], features: '', references: [], input: '', output: '' };

const MATTERMOST_CONFIG: ActionConfig = {
  params: {
    mattermost_hostname: { type: 'string', description: 'The Mattermost domain or URL', value: 'example.mattermost.com' },
    bot_access_token: { type: 'string', description: 'Access token generated when you created the bot account' },
    channel_id: { type: 'string', description: 'The channel you added the bot to' },
    message_template: {
      type: 'large_string',
      description: 'The template to be used to generate the message to be posted',
      value: 'The **template** will be rendered using *Jinja2*!',
      jinja_supported: true,
    },
  },
  blocking: false,
  support_filters: true,
  expect_misp_core_format: false,
};

/**
 * Like misp-modules' mattermost: renders `message_template` against `matchingData` (else `data`) and
 * "posts" it. Instead of calling Mattermost it records a notification; an empty hostname or token
 * fails the way an unreachable server or a refused login does (generic error).
 */
export function mattermostModule(): MispModule {
  const info = { ...EMPTY_INFO, version: '0.1', author: 'Sami Mokaddem', name: 'Mattermost' };
  const description = 'Simplistic module to send message to a Mattermost channel.';
  return actionModule('mattermost', { ...info, description }, MATTERMOST_CONFIG, (request, context) => {
    const params = requireKey(request, 'params');
    const hostname = requireKey(params, 'mattermost_hostname');
    const token = requireKey(params, 'bot_access_token');
    if (!hostname || !token) throw new Error('Mattermost login failed');
    const data = 'matchingData' in request ? request.matchingData : requireKey(request, 'data');
    const template = requireKey(params, 'message_template');
    const message = template ? renderTemplate(String(template), data) : `\`\`\`\n${pythonJsonDumps(data)}\n\`\`\``;
    const target: JsonObject = { mattermost_hostname: hostname, channel_id: requireKey(params, 'channel_id') };
    context.notify({ module: 'mattermost', target, message });
    return { data: true };
  });
}

/** misp-modules' testaction, unchanged: params `foo` and a `hash_path`, always `{"data": true}`. */
export function testActionModule(): MispModule {
  const config: ActionConfig = {
    params: {
      foo: { type: 'string', description: 'blablabla', value: 'xyz' },
      'Data extraction path': {
        type: 'hash_path',
        description: 'Only post content extracted from this path',
        value: 'Attribute.{n}.AttributeTag.{n}.Tag.name',
      },
    },
    blocking: false,
    support_filters: false,
    expect_misp_core_format: false,
  };
  const description = 'This module is merely a test, always returning true. Triggers on event publishing.';
  const info = { ...EMPTY_INFO, version: '0.1', author: 'Andras Iklody', name: 'Test action', description };
  return actionModule('testaction', info, config, () => ({ data: true }));
}

/**
 * Modelled on `blockaction.py` of older misp-modules releases (answer `{"data": false, "error": "Barf."}`),
 * in today's moduleconfig shape. It is blocking, so it is the way to test that an `error` stops a run.
 */
export function blockActionModule(): MispModule {
  const config: ActionConfig = {
    params: { error_message: { type: 'string', description: 'The error returned to MISP', value: 'Barf.' } },
    blocking: true,
    support_filters: false,
    expect_misp_core_format: false,
  };
  const description = 'Test module that always fails: returns an error, which blocks the workflow.';
  const info = { ...EMPTY_INFO, version: '0.2', author: 'Andras Iklody', name: 'Block action', description };
  return actionModule('blockaction', info, config, (request) => {
    const params = request.params;
    const custom = params && typeof params === 'object' && !Array.isArray(params) ? params.error_message : undefined;
    return { data: false, error: typeof custom === 'string' && custom !== '' ? custom : 'Barf.' };
  });
}

/**
 * Not a misp-modules module: a blocking action that answers `{"data": true}` after `params.delay_ms`
 * (default 2000), for testing the client's `Plugin.Action_timeout`. Not in `defaultModules()`.
 */
export function slowActionModule(): MispModule {
  const config: ActionConfig = {
    params: { delay_ms: { type: 'string', description: 'How long to take before answering, in milliseconds', value: '2000' } },
    blocking: true,
    support_filters: false,
    expect_misp_core_format: false,
  };
  const info = { ...EMPTY_INFO, version: '0.1', author: 'MISP Workflow Platform tests', name: 'Slow action', description: 'Answers {"data": true} after a delay.' };
  return actionModule('slowaction', info, config, async (request) => {
    const params = request.params;
    const raw = params && typeof params === 'object' && !Array.isArray(params) ? params.delay_ms : undefined;
    const ms = raw === undefined || raw === '' ? 2000 : Number(raw);
    // unref: a pending answer must not keep a test process alive after the server closed.
    await new Promise((resolve) => setTimeout(resolve, Number.isFinite(ms) ? ms : 2000).unref());
    return { data: true };
  });
}
