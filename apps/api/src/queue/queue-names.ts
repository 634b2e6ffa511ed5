import { findTriggerDefinition } from '@misp-wf/engine';
import { BRANCH_QUEUE, QUEUE_NAMES } from '../config/queue-concurrency';
import type { JobKind } from './job.entity';

export { BRANCH_QUEUE, QUEUE_NAMES };

/** The queue a job travels in: its trigger's, or the shared branch queue (decision 0018). */
export function queueNameOf(job: { kind: JobKind; triggerId: string }): string {
  if (job.kind === 'branch') return BRANCH_QUEUE;
  if (findTriggerDefinition(job.triggerId)?.blocking) {
    // Blocking triggers run in the request that fired them; queueing one would be a bug upstream.
    throw new Error(`Blocking trigger \`${job.triggerId}\` cannot be queued`);
  }
  if (!QUEUE_NAMES.includes(job.triggerId)) throw new Error(`Unknown trigger \`${job.triggerId}\``);
  return job.triggerId;
}
