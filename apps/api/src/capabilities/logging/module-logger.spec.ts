import { moduleLogger, type PlatformLogger } from './module-logger';

describe('moduleLogger', () => {
  it('writes each level to the platform logger, prefixed with the node, extras as JSON', () => {
    const lines: string[] = [];
    const platform: PlatformLogger = {
      log: (m: unknown) => void lines.push(`log ${String(m)}`),
      warn: (m: unknown) => void lines.push(`warn ${String(m)}`),
      error: (m: unknown) => void lines.push(`error ${String(m)}`),
    };
    const log = moduleLogger('webhook', 4, platform);
    log.info('sent', { status: 200 });
    log.warn('slow');
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    log.error('failed', cyclic);
    expect(lines).toEqual(['log [node 4] sent {"status":200}', 'warn [node 4] slow', 'error [node 4] failed [unserialisable]']);
  });
});
