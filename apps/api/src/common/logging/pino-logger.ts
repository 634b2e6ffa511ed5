import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';

export function createRootLogger(level: string): Logger {
  return pino({ level, base: { service: 'misp-workflow-api' }, timestamp: pino.stdTimeFunctions.isoTime });
}

/** Routes Nest's own log calls into pino so every line is one JSON object. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly root: Logger) {}

  log(message: unknown, context?: string): void {
    this.root.info({ context }, stringify(message));
  }
  error(message: unknown, stackOrContext?: string, context?: string): void {
    this.root.error({ context: context ?? stackOrContext, stack: context ? stackOrContext : undefined }, stringify(message));
  }
  warn(message: unknown, context?: string): void {
    this.root.warn({ context }, stringify(message));
  }
  debug(message: unknown, context?: string): void {
    this.root.debug({ context }, stringify(message));
  }
  verbose(message: unknown, context?: string): void {
    this.root.trace({ context }, stringify(message));
  }
}

function stringify(message: unknown): string {
  return typeof message === 'string' ? message : JSON.stringify(message);
}
