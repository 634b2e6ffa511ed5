import { phpEmpty, phpToBool } from '../php';
import type { CoreFormatFetchPort, DraftRecord, JsonRecord } from './core-format.types';
import { eventStub } from './event-shell';
import { fetchAttributeRecord } from './fetch-records';
import { loadEventShell } from './load-entities';
import { normalizeRecord } from './normalize-record';
import { isRecord, isSet } from './record-utils';

/** Without a port, the edited attribute is known by its id and event only. */
function attributeStub(proposal: JsonRecord): JsonRecord {
  const attribute: DraftRecord = { id: proposal['old_id'] };
  if (isSet(proposal['event_id'])) attribute['event_id'] = proposal['event_id'];
  return { Attribute: attribute };
}

/** A proposal to edit/delete (`old_id`): `fetchAttribute(old_id)` with `Attribute.ShadowAttribute = [proposal]`. */
async function proposalOnAttribute(proposal: JsonRecord, port?: CoreFormatFetchPort): Promise<JsonRecord> {
  const fetched = await fetchAttributeRecord(port, proposal['old_id']);
  // MISP's fetchAttribute answers `[]` when the attribute is gone; the proposal then stands alone.
  const record = fetched === undefined ? attributeStub(proposal) : (fetched ?? {});
  const attribute = isRecord(record['Attribute']) ? record['Attribute'] : {};
  return normalizeRecord({ ...record, Attribute: { ...attribute, ShadowAttribute: [proposal] } }, port);
}

/**
 * `Module_shadow_attribute_{before,after}_save::normalizeData`: `false` without a proposal; a proposal
 * to edit (truthy `old_id`, PHP) is embedded in its attribute, a proposal to add in its event
 * (`quickFetchEvent`, `Event.ShadowAttribute = [proposal]`); then the generic converter.
 */
export async function normalizeShadowAttribute(raw: unknown, port?: CoreFormatFetchPort): Promise<JsonRecord | false> {
  const proposal = isRecord(raw) ? raw['ShadowAttribute'] : undefined;
  if (!isRecord(proposal) || phpEmpty(proposal)) return false;
  if (phpToBool(proposal['old_id'])) return proposalOnAttribute(proposal, port);
  const shell = await loadEventShell(port, proposal['event_id'], () => eventStub(proposal['event_id']));
  shell.event['ShadowAttribute'] = [proposal];
  return normalizeRecord(shell.top, port);
}
