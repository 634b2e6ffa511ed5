import type { ModuleExecContext, ModuleOutcome, EnginePorts, WalkNode } from './run.types';

/** Shared by runs without cancellation: creating an AbortController per node costs more than the walk. */
export const NEVER_ABORTED: AbortSignal = new AbortController().signal;

export type NodeExecution = {
  ok: boolean;
  outcome: ModuleOutcome | null;
  /** Messages for the run's errors (MISP's `$errors` of `exec`). */
  errors: string[];
  blocking: boolean;
};

/**
 * MISP's `executeNode` (spec §3.9): resolve the module by (module_type, id), refuse disabled or unknown
 * ones with MISP's messages, run it under a deadline, and turn anything it throws into a failure of this
 * node. Never throws.
 */
export async function executeNode(args: {
  node: WalkNode;
  ports: EnginePorts;
  ctx: Omit<ModuleExecContext, 'signal' | 'node'>;
  signal: AbortSignal | undefined;
  timeoutMs: number | undefined;
}): Promise<NodeExecution> {
  const { node, ports } = args;
  const moduleId = node.data.id;
  const lookup = ports.resolveModule(node.data.module_type, moduleId);
  if (lookup.status === 'disabled') return failed(ports, node, `Could not execute disabled module \`${moduleId}\`.`, lookup.blocking === true);
  if (lookup.status === 'missing') return failed(ports, node, `Could not load class for module: ${moduleId}`, false);
  const { module } = lookup;
  try {
    const outcome = await runWithDeadline({ ...args, exec: module.exec });
    return fromOutcome(outcome, module.blocking);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failed(ports, node, `Error while executing module ${moduleId}. Error: ${message}`, module.blocking);
  }
}

function fromOutcome(outcome: ModuleOutcome, blocking: boolean): NodeExecution {
  switch (outcome.kind) {
    case 'ok':
    case 'branch':
      return { ok: true, outcome, errors: [], blocking };
    case 'fail':
    case 'block':
      return { ok: false, outcome, errors: outcome.message ? [outcome.message] : [], blocking };
    default: {
      const unknown: never = outcome;
      return { ok: false, outcome: null, errors: [`Module returned an unknown outcome ${JSON.stringify(unknown)}`], blocking };
    }
  }
}

function failed(ports: EnginePorts, node: WalkNode, message: string, blocking: boolean): NodeExecution {
  ports.log?.({ level: 'error', message, nodeId: node.id, moduleId: node.data.id });
  return { ok: false, outcome: null, errors: [message], blocking };
}

async function runWithDeadline(args: {
  node: WalkNode;
  ctx: Omit<ModuleExecContext, 'signal' | 'node'>;
  signal: AbortSignal | undefined;
  timeoutMs: number | undefined;
  exec: (ctx: ModuleExecContext) => ModuleOutcome | Promise<ModuleOutcome>;
}): Promise<ModuleOutcome> {
  const { node, ctx, signal, timeoutMs, exec } = args;
  if (!timeoutMs && !signal) return exec({ ...ctx, node, signal: NEVER_ABORTED });
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  if (signal?.aborted) controller.abort(signal.reason);
  else signal?.addEventListener('abort', onAbort, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stopped = new Promise<never>((_, reject) => {
    if (timeoutMs) {
      timer = setTimeout(() => {
        const error = new Error(`timed out after ${timeoutMs} ms`);
        controller.abort(error);
        reject(error);
      }, timeoutMs);
    }
    if (controller.signal.aborted) reject(abortError(controller.signal.reason));
    else controller.signal.addEventListener('abort', () => reject(abortError(controller.signal.reason)), { once: true });
  });
  try {
    return await Promise.race([Promise.resolve().then(() => exec({ ...ctx, node, signal: controller.signal })), stopped]);
  } finally {
    if (timer) clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
    stopped.catch(() => undefined);
  }
}

function abortError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error('cancelled');
}
