import type { JsonObject, JsonValue, MispModule, ModuleContext } from './module-types';

export const GENERIC_ERROR = { error: 'Something went wrong, look in the server logs for details' };
export const TIMEOUT_ERROR = { error: 'Timeout.' };
/** misp-modules' default when the request has no `timeout` key (MISP never sends one). */
export const DEFAULT_TIMEOUT_SECONDS = 300;

export type QueryDeps = {
  modules: ReadonlyMap<string, MispModule>;
  context: ModuleContext;
  log: (line: string) => void;
};

/**
 * `POST /query` once the body is a decoded JSON object: unknown module, exceptions and timeouts all
 * become HTTP-200 error objects, as in misp-modules (the details go only to the server log).
 */
export async function runQuery(request: JsonObject, deps: QueryDeps): Promise<JsonValue> {
  const name = request.module;
  const module = typeof name === 'string' ? deps.modules.get(name) : undefined;
  if (!module) {
    deps.log(`query: unknown module ${JSON.stringify(name ?? null)}`);
    return GENERIC_ERROR;
  }
  const seconds = typeof request.timeout === 'number' ? request.timeout : DEFAULT_TIMEOUT_SECONDS;
  try {
    const run = Promise.resolve().then(() => module.handler(request, deps.context));
    return await withTimeout(run, seconds * 1000);
  } catch (error) {
    deps.log(`query: module ${module.descriptor.name} failed: ${error instanceof Error ? error.message : String(error)}`);
    return GENERIC_ERROR;
  }
}

/** Like misp-modules, the handler is not cancelled on timeout; only the answer stops waiting for it. */
function withTimeout(run: Promise<JsonValue>, ms: number): Promise<JsonValue> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<JsonValue>((resolve) => {
    timer = setTimeout(() => resolve(TIMEOUT_ERROR), ms);
    timer.unref();
  });
  return Promise.race([run, timeout]).finally(() => clearTimeout(timer));
}
