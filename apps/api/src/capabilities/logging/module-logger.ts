import { Logger } from '@nestjs/common';
import type { ModuleLogger } from '@misp-wf/sdk';

/** The part of Nest's logger a module logger writes to (a real `Logger` in the platform). */
export type PlatformLogger = Pick<Logger, 'log' | 'warn' | 'error'>;

/**
 * `ctx.log`: a module's messages in the platform log, under the context `module:<id>` and prefixed with the
 * node, so an operator can tell which node of which module said what.
 */
export function moduleLogger(moduleId: string, nodeId: number, logger: PlatformLogger = new Logger(`module:${moduleId}`)): ModuleLogger {
  const line = (message: string, extra?: Record<string, unknown>) => `[node ${nodeId}] ${message}${extra && Object.keys(extra).length > 0 ? ` ${safeJson(extra)}` : ''}`;
  return {
    info: (message, extra) => logger.log(line(message, extra)),
    warn: (message, extra) => logger.warn(line(message, extra)),
    error: (message, extra) => logger.error(line(message, extra)),
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return '[unserialisable]';
  }
}
