import { ConfigError, loadConfig } from './load-config';
import { concurrencyOf, QUEUE_NAMES } from './queue-concurrency';

function problemsOf(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.join('\n');
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('queue and hook-guard configuration', () => {
  it('has defaults: 2 per queue, 4 per process, high water 1000, prefix mwp, guard depth 1', () => {
    const config = loadConfig({});
    expect(config.QUEUE_CONCURRENCY).toEqual({ perQueue: 2, overrides: {} });
    expect(config).toMatchObject({ WORKER_CONCURRENCY: 4, QUEUE_HIGH_WATER: 1000, QUEUE_LOCK_MS: 30_000, REDIS_PREFIX: 'mwp', HOOK_MAX_DEPTH: 1, HOOK_REENTRY_GRACE_MS: 5000 });
  });

  it('has one queue per non-blocking trigger plus branch, and none for blocking triggers', () => {
    expect(QUEUE_NAMES).toContain('attribute-after-save');
    expect(QUEUE_NAMES).toContain('branch');
    expect(QUEUE_NAMES).not.toContain('event-publish');
    expect(QUEUE_NAMES).toHaveLength(13);
  });

  it('parses per-queue overrides', () => {
    const { QUEUE_CONCURRENCY: c } = loadConfig({ QUEUE_CONCURRENCY: '3, attribute-after-save=1,branch=5' });
    expect(concurrencyOf(c, 'attribute-after-save')).toBe(1);
    expect(concurrencyOf(c, 'branch')).toBe(5);
    expect(concurrencyOf(c, 'event-after-save')).toBe(3);
  });

  it('names every bad value', () => {
    const problems = problemsOf({ QUEUE_CONCURRENCY: 'x,event-publish=2,attribute-after-save=0', WORKER_CONCURRENCY: '0', QUEUE_HIGH_WATER: 'lots', REDIS_PREFIX: 'a:b', HOOK_MAX_DEPTH: '1.5' });
    expect(problems).toContain('QUEUE_CONCURRENCY: `x` needs a whole number from 1 to 100');
    expect(problems).toContain('unknown queue `event-publish`');
    expect(problems).toContain('`attribute-after-save=0` needs a whole number');
    expect(problems).toContain('WORKER_CONCURRENCY');
    expect(problems).toContain('QUEUE_HIGH_WATER');
    expect(problems).toContain('REDIS_PREFIX: must be 1 to 32 letters');
    expect(problems).toContain('HOOK_MAX_DEPTH');
  });
});
