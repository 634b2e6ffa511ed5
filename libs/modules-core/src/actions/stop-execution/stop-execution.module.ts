import { block, defineModule, param } from '@misp-wf/sdk';

const DEFAULT_MESSAGE = 'Execution stopped';

/**
 * Stop execution (spec §3.10). Blocking, so in a blocking workflow it aborts the MISP operation with outcome
 * `blocked`; in a non-blocking one it only ends the walk.
 */
export const stopExecution = defineModule({
  id: 'stop-execution',
  version: '0.2.0',
  type: 'action',
  name: 'Stop execution',
  description: 'Essentially stops the execution for blocking workflows. Do nothing for non-blocking ones',
  icon: 'ban',
  blocking: true,
  outputs: 0,
  params: {
    message: param.input({
      label: 'Stop message',
      default: DEFAULT_MESSAGE,
      placeholder: 'Execution stopped',
      jinja: true,
    }),
  },
  // The platform renders the Jinja template; a template rendering to nothing falls back to the default, as MISP.
  run: (ctx) => block(ctx.params.message === '' ? DEFAULT_MESSAGE : ctx.params.message),
});
