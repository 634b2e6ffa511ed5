import { convertEventToCoreFormat, findTriggerDefinition } from '@misp-wf/engine';
import { defineModule, fail, ok } from '@misp-wf/sdk';
import { eventOf, textField } from '../../shared/roaming-records';

/**
 * Reload full Event (spec §3.8, §12.6): when the workflow's trigger produces MISP core format, fetches the
 * event again (`GET /events/view/{id}`, attachments included as MISP's REST view does) and replaces the
 * roaming data with its core-format conversion. The filter keys (`enabledFilters`, `_unfilteredData`) go with
 * the old data, as in MISP. For other triggers it does nothing and succeeds.
 */
export const reloadFullEvent = defineModule({
  id: 'reload-full-event',
  version: '0.1.0',
  type: 'action',
  name: 'Reload full Event',
  description: 'Reload the full Event from the database and assign it to the roaming data.',
  icon: 'sync-alt',
  expectMispCoreFormat: true,
  run: async (ctx) => {
    if (findTriggerDefinition(ctx.trigger.id)?.misp_core_format !== true) return ok();
    const id = textField(eventOf(ctx.data.get()), 'id');
    if (id === '') return fail('The roaming data has no Event.id');
    const fetched = await ctx.misp.request({ method: 'GET', path: `/events/view/${id}` });
    const converted = convertEventToCoreFormat(fetched);
    // MISP keeps the data when the conversion gives nothing.
    if (converted.ok) ctx.data.set({ ...converted.data });
    return ok();
  },
});
