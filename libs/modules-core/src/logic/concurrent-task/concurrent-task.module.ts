import { defineModule, when } from '@misp-wf/sdk';

/**
 * Concurrent Task (spec §3.6). The engine schedules one background walk per connection of `output_1` itself,
 * because that needs the graph and the job queue, which a module cannot reach; `run` is never what decides.
 */
export const concurrentTask = defineModule({
  id: 'concurrent-task',
  version: '0.1.0',
  type: 'logic',
  name: 'Concurrent Task',
  description:
    'Allow breaking the execution process and running concurrent tasks. You can connect multiple nodes the `concurrent` output.',
  icon: 'random',
  outputs: 1,
  multipleOutputConnection: true,
  run: () => when(true),
});
