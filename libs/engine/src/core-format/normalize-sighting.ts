import { phpEmpty } from '../php';
import type { CoreFormatFetchPort, JsonRecord } from './core-format.types';
import { loadAttributeRecord, loadEventShell, placeAttribute } from './load-entities';
import { normalizeRecord } from './normalize-record';
import { idToString, isRecord, isSet, listItems, omitKeys } from './record-utils';

/** getSighting's summaries of the event and attribute; the sighting row is the rest. */
const SIGHTING_CONTEXT = new Set(['Event', 'Attribute']);

function sameSighting(candidate: unknown, sighting: JsonRecord): boolean {
  if (!isRecord(candidate)) return false;
  if (isSet(candidate['uuid']) && candidate['uuid'] === sighting['uuid']) return true;
  const id = idToString(candidate['id']);
  return id !== undefined && id === idToString(sighting['id']);
}

/**
 * Divergence (spec §13 #35): MISP builds the event from the fetched attribute and drops the
 * sighting payload, so a workflow cannot tell which sighting fired. The sighting row is appended to
 * the attribute's `Sighting` list unless that list (fetchAttribute's) already holds it.
 */
function withTriggeringSighting(attribute: JsonRecord, sighting: JsonRecord): JsonRecord {
  const existing = listItems(attribute['Sighting']) ?? [];
  if (existing.some((candidate) => sameSighting(candidate, sighting))) return attribute;
  return { ...attribute, Sighting: [...existing, omitKeys(sighting, SIGHTING_CONTEXT)] };
}

/**
 * `Module_sighting_after_save::normalizeData`: `false` without a sighting; else the sighting's event
 * (`quickFetchEvent`) holding only the sighted attribute (`fetchAttribute`), in its object if it has
 * one, then the generic converter. Without a port, getSighting's summaries stand in for the fetches.
 */
export async function normalizeSighting(raw: unknown, port?: CoreFormatFetchPort): Promise<JsonRecord | false> {
  const sighting = isRecord(raw) ? raw['Sighting'] : undefined;
  if (!isRecord(sighting) || phpEmpty(sighting)) return false;
  const event = isRecord(sighting['Event']) ? sighting['Event'] : undefined;
  const summary = isRecord(sighting['Attribute']) ? sighting['Attribute'] : undefined;
  const [shell, found] = await Promise.all([
    loadEventShell(port, event?.['id'], () => (event === undefined ? null : { Event: event })),
    loadAttributeRecord(port, summary?.['id'], () => (summary === undefined ? null : { Attribute: summary })),
  ]);
  placeAttribute(shell, found.record, withTriggeringSighting(found.attribute, sighting));
  return normalizeRecord(shell.top, port);
}
