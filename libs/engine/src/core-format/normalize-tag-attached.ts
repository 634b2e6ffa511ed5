import { phpEmpty } from '../php';
import type { CoreFormatFetchPort, DraftRecord, JsonRecord } from './core-format.types';
import { eventStub } from './event-shell';
import { loadAttributeRecord, loadEventShell, placeAttribute } from './load-entities';
import { normalizeRecord } from './normalize-record';
import { isRecord, isSet } from './record-utils';

/**
 * Without a port, the attached tag is put where MISP's re-fetch would show it (the event's or the
 * attribute's `Tag` list), so tag conditions still see it; MISP itself always re-fetches.
 */
function attributeStub(tag: JsonRecord): JsonRecord {
  const attribute: DraftRecord = { id: tag['attribute_id'] };
  if (isSet(tag['event_id'])) attribute['event_id'] = tag['event_id'];
  attribute['Tag'] = [tag];
  return { Attribute: attribute };
}

/**
 * `Module_tag_attached_after_save::normalizeData`: `false` without a tag; else the tag's event
 * (`quickFetchEvent`) plus, for an attribute tag, that attribute alone (`fetchAttribute`, as for
 * sightings), then the generic converter. The trigger's veto (`exec`) is not part of normalisation.
 */
export async function normalizeTagAttached(raw: unknown, port?: CoreFormatFetchPort): Promise<JsonRecord | false> {
  const tag = isRecord(raw) ? raw['Tag'] : undefined;
  if (!isRecord(tag) || phpEmpty(tag)) return false;
  const onAttribute = !phpEmpty(tag['attribute_id']);
  const [shell, found] = await Promise.all([
    loadEventShell(port, tag['event_id'], () => eventStub(tag['event_id'], onAttribute ? {} : { Tag: [tag] })),
    onAttribute ? loadAttributeRecord(port, tag['attribute_id'], () => attributeStub(tag)) : undefined,
  ]);
  if (found !== undefined) placeAttribute(shell, found.record, found.attribute);
  return normalizeRecord(shell.top, port);
}
