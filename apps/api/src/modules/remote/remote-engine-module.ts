import { php, type EngineModule, type TemplateRenderer } from '@misp-wf/engine';
import type { RemoteAnswer } from './misp-modules.client';
import { buildRemoteQueryBody } from './remote-query-body';
import type { RemoteModuleSpec } from './remote-module-translation';

/** What a remote module needs from the platform: the `/query` call and the fail-open setting. */
export type RemoteQueryPort = {
  query: (body: unknown, signal?: AbortSignal) => Promise<RemoteAnswer>;
  failOpen: () => Promise<boolean>;
};

/**
 * A misp-modules action module as the engine runs it (`Module_misp_module::exec`, spec §12.4): POST the
 * data, filtered items, rendered params and hash-path extractions to `/query`; only a non-empty `error`
 * in the answer fails the node. The roaming data is never changed. A server that cannot be reached or
 * answers garbage fails the node too, unless `Plugin.Action_services_fail_open` restores MISP's success.
 */
export function remoteEngineModule(args: { spec: RemoteModuleSpec; port: RemoteQueryPort; render?: TemplateRenderer }): EngineModule {
  const { spec, port, render } = args;
  return {
    id: spec.manifest.id,
    type: 'action',
    blocking: spec.manifest.blocking,
    exec: async (ctx) => {
      const body = buildRemoteQueryBody({ spec, node: ctx.node, data: ctx.getData(), render });
      if (body === null) return { kind: 'fail', message: '' };
      const answer = await port.query(body, ctx.signal);
      if (!answer.ok) {
        if (await port.failOpen()) return { kind: 'ok' };
        return { kind: 'fail', message: `Failed to query module Action \`${spec.name}\`: ${answer.reason}` };
      }
      const error = errorOf(answer.body);
      return error === null ? { kind: 'ok' } : { kind: 'fail', message: error };
    },
  };
}

/** MISP reads only `!empty($result['error'])`; `{"data": false}` and a bare `false` are successes. */
function errorOf(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body) || !('error' in body)) return null;
  const error: unknown = body.error;
  if (php.phpEmpty(error)) return null;
  return typeof error === 'string' ? error : JSON.stringify(error);
}
