import { TRIGGER_DEFINITIONS } from '@misp-wf/engine';

/** Queued runs of concurrent-task branches share one queue, whatever their workflow's trigger. */
export const BRANCH_QUEUE = 'branch';

/** One queue per non-blocking trigger plus the branch queue (decision 0018). Blocking triggers never queue. */
export const QUEUE_NAMES: readonly string[] = [...TRIGGER_DEFINITIONS.filter((t) => !t.blocking).map((t) => t.id), BRANCH_QUEUE];

export type QueueConcurrency = { perQueue: number; overrides: Record<string, number> };

/**
 * `QUEUE_CONCURRENCY`: `N` (jobs of one queue a worker process runs at once) optionally followed by
 * per-queue overrides, e.g. `2,attribute-after-save=1,branch=4`. Returns a list of problems instead of
 * throwing, so the config loader can report them with the other variables.
 */
export function parseQueueConcurrency(raw: string | undefined): { value: QueueConcurrency } | { problems: string[] } {
  const text = raw === undefined || raw.trim() === '' ? '2' : raw;
  const problems: string[] = [];
  const value: QueueConcurrency = { perQueue: 2, overrides: {} };
  text.split(',').forEach((part, index) => {
    const item = part.trim();
    const eq = item.indexOf('=');
    const name = eq === -1 ? null : item.slice(0, eq).trim();
    const count = Number(eq === -1 ? item : item.slice(eq + 1).trim());
    if (!Number.isInteger(count) || count < 1 || count > 100) {
      problems.push(`\`${item}\` needs a whole number from 1 to 100`);
      return;
    }
    if (name === null) {
      if (index === 0) value.perQueue = count;
      else problems.push(`\`${item}\`: only the first entry may omit the queue name`);
      return;
    }
    if (!QUEUE_NAMES.includes(name)) {
      problems.push(`unknown queue \`${name}\` (a non-blocking trigger id or \`branch\`)`);
      return;
    }
    value.overrides[name] = count;
  });
  return problems.length ? { problems } : { value };
}

export function concurrencyOf(config: QueueConcurrency, queue: string): number {
  return config.overrides[queue] ?? config.perQueue;
}
