import { defineModule, fail, ok } from '@misp-wf/sdk';
import { eventOf, textField } from '../../shared/roaming-records';

/**
 * Publish Event (spec §12.6): `POST /events/publish/{Event.id}` (publish without e-mail, as MISP's
 * `Event::publish`). MISP runs the `event-publish` workflow for it; a blocking one refusing the publication
 * makes MISP answer an error, which fails this node with MISP's message. The roaming data is not changed.
 */
export const publishEvent = defineModule({
  id: 'publish-event',
  version: '0.1.0',
  type: 'action',
  name: 'Publish Event',
  description: 'Publish an Event in the context of the workflow',
  icon: 'upload',
  run: async (ctx) => {
    const id = textField(eventOf(ctx.data.get()), 'id');
    if (id === '') return fail('The roaming data has no Event.id');
    await ctx.misp.request({ method: 'POST', path: `/events/publish/${id}` });
    return ok();
  },
});
