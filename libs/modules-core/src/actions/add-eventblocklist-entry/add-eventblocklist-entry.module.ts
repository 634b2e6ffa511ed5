import { Hash } from '@misp-wf/engine';
import { defineModule, ok, param } from '@misp-wf/sdk';
import { eventOf, isRecord, listValues, textField } from '../../shared/roaming-records';

/**
 * Add Event Blocklist entry (spec §12.6): blocklists the event found at the uuid path (`Hash::get`, so no
 * wildcards) with its info, creator organisation and the comment, through `POST /eventBlocklists/add`.
 * MISP ignores whether the entry could be saved and always succeeds; a refused entry is logged here.
 */
export const addEventblocklistEntry = defineModule({
  id: 'add_eventblocklist_entry',
  version: '0.1.0',
  type: 'action',
  name: 'Add Event Blocklist entry',
  description: 'Create a new entry in the Event blocklist table',
  icon: 'ban',
  expectMispCoreFormat: true,
  params: {
    uuid_hash_path: param.hashPath({ label: 'Event UUID Hash path', default: 'Event.uuid', placeholder: 'Event.uuid', subSelector: true }),
    eventinfo_hash_path: param.hashPath({ label: 'Event Info Hash path', default: 'Event.info', placeholder: 'Event.info', subSelector: true }),
    block_comment: param.input({ label: 'Blocklist Comment', default: 'Blocked from workflow', placeholder: 'Blocked from workflow' }),
  },
  run: async (ctx) => {
    const data = ctx.data.get();
    const uuid = scalarAt(data, ctx.params.uuid_hash_path);
    if (uuid === '') {
      ctx.log.warn(`No event uuid at "${ctx.params.uuid_hash_path}": nothing was blocklisted`);
      return ok();
    }
    // MISP looks the creator organisation up by `Event.orgc_id`; the core format carries it as `Event.Orgc`.
    const orgc = eventOf(data)?.['Orgc'];
    const body = {
      uuids: [uuid],
      comment: ctx.params.block_comment,
      event_info: scalarAt(data, ctx.params.eventinfo_hash_path),
      event_orgc: (isRecord(orgc) && textField(orgc, 'name')) || 'unknown',
    };
    const answer = await ctx.misp.request({ method: 'POST', path: '/eventBlocklists/add', body });
    const refused = isRecord(answer) && isRecord(answer['result']) ? listValues(answer['result']['fails']) : [];
    if (refused.length > 0) ctx.log.warn(`MISP did not add ${uuid} to the event blocklist (invalid or already blocklisted)`);
    return ok();
  },
});

function scalarAt(data: Record<string, unknown>, path: string): string {
  if (path === '') return '';
  const value = Hash.get(data, path);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}
