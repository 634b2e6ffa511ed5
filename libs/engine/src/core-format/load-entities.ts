import { phpEmpty } from '../php';
import { CoreFormatConversionError } from './core-format-errors';
import type { CoreFormatFetchPort, JsonRecord } from './core-format.types';
import { eventShell, type EventShell } from './event-shell';
import { fetchAttributeRecord, fetchEventRecord } from './fetch-records';
import { isRecord } from './record-utils';

/**
 * `quickFetchEvent(id)` through the port, else the payload's own event (`fallback`), as a shell the
 * trigger then fills (`$event['Event'][…] = …`). Not found gives an empty `Event`, as in MISP.
 */
export async function loadEventShell(
  port: CoreFormatFetchPort | undefined,
  id: unknown,
  fallback: () => JsonRecord | null,
): Promise<EventShell> {
  const fetched = await fetchEventRecord(port, id);
  return eventShell(fetched === undefined ? fallback() : fetched);
}

/**
 * `fetchAttribute(id)` through the port, else the payload's fallback. MISP carries on with a missing
 * attribute until a PHP TypeError (`Event.Attribute = [null]`); that is reported here with its cause.
 */
export async function loadAttributeRecord(
  port: CoreFormatFetchPort | undefined,
  id: unknown,
  fallback: () => JsonRecord | null,
): Promise<{ record: JsonRecord; attribute: JsonRecord }> {
  const fetched = await fetchAttributeRecord(port, id);
  const record = fetched === undefined ? fallback() : fetched;
  const attribute = record?.['Attribute'];
  if (record === null || !isRecord(attribute)) {
    throw new CoreFormatConversionError(`Attribute ${JSON.stringify(id ?? null)} could not be found`);
  }
  return { record, attribute };
}

/**
 * Sighting and tag triggers: an object attribute goes in as `Event.Object = [object + Attribute:
 * [attribute]]`, any other as `Event.Attribute = [attribute]` (fetchAttribute's `Object` decides).
 */
export function placeAttribute(shell: EventShell, record: JsonRecord, attribute: JsonRecord): void {
  const object = record['Object'];
  if (isRecord(object) && !phpEmpty(object)) shell.event['Object'] = [{ ...object, Attribute: [attribute] }];
  else shell.event['Attribute'] = [attribute];
}
