import { phpEmpty } from '../php';
import { CoreFormatConversionError } from './core-format-errors';
import type { CoreFormatFetchPort, JsonRecord } from './core-format.types';
import { attributeRowRecord, unwrapEnvelope } from './envelope';
import { idToString, isRecord } from './record-utils';

/**
 * Each helper answers `undefined` when the port cannot fetch (no port, or no such method: the caller
 * then uses what the payload carries), `null` when MISP would have found nothing (no usable id, or the
 * port answered null/empty), else the record in the layout the converter expects. A port that
 * rejects makes the conversion fail with MISP's exception message.
 */
type Lookup = Promise<JsonRecord | null | undefined>;

async function ask(method: ((id: string) => Promise<unknown>) | undefined, id: unknown): Promise<unknown> {
  if (method === undefined) return undefined;
  const key = idToString(id);
  if (key === undefined) return null;
  const found = await method(key);
  return phpEmpty(found) ? null : found;
}

function invalidAnswer(kind: string, id: unknown): CoreFormatConversionError {
  return new CoreFormatConversionError(`The ${kind} fetched for id ${String(id)} is not a MISP ${kind}`);
}

/** `quickFetchEvent` / `fetchSimpleEvent`: any event envelope. */
export async function fetchEventRecord(port: CoreFormatFetchPort | undefined, id: unknown): Lookup {
  const found = await ask(port?.event, id);
  if (found === undefined || found === null) return found;
  const record = unwrapEnvelope(found);
  if (record === undefined) throw invalidAnswer('event', id);
  return record;
}

/** `fetchAttribute`: `{Attribute, Event, Object?}`, an attributes restSearch answer or a bare row. */
export async function fetchAttributeRecord(port: CoreFormatFetchPort | undefined, id: unknown): Lookup {
  const found = await ask(port?.attribute, id);
  if (found === undefined || found === null) return found;
  const record = unwrapEnvelope(found);
  const withAttribute = record !== undefined && isRecord(record['Attribute']) ? record : attributeRowRecord(record);
  if (withAttribute === undefined) throw invalidAnswer('attribute', id);
  return withAttribute;
}

/** A model row: `{Model: row}`, `[{Model: row}]` (CakePHP find) or the bare row. */
function modelRow(found: unknown, model: string): JsonRecord | undefined {
  const item = Array.isArray(found) ? (found.length === 1 ? found[0] : undefined) : found;
  if (!isRecord(item)) return undefined;
  const inner = item[model];
  return isRecord(inner) ? inner : item;
}

/** `fetchObjectSimple(...)[0]['Object']`. */
export async function fetchObjectRow(port: CoreFormatFetchPort | undefined, id: unknown): Lookup {
  const found = await ask(port?.object, id);
  if (found === undefined || found === null) return found;
  const row = modelRow(found, 'Object');
  if (row === undefined) throw invalidAnswer('object', id);
  return row;
}

/** `Thread->find('first')['Thread']`. */
export async function fetchThreadRow(port: CoreFormatFetchPort | undefined, id: unknown): Lookup {
  const found = await ask(port?.thread, id);
  if (found === undefined || found === null) return found;
  const row = modelRow(found, 'Thread');
  if (row === undefined) throw invalidAnswer('thread', id);
  return row;
}
