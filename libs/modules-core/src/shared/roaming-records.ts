import { Hash, php } from '@misp-wf/engine';

/** A JSON object of the roaming data (a PHP associative array). */
export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return php.isPhpArray(value) && !Array.isArray(value);
}

/**
 * The records among the values of a PHP array. Matching items keep their keys when a filter dropped some
 * (`{"0": …, "3": …}`), so code iterating "the list" must iterate values, as PHP's foreach does.
 */
export function recordValues(items: unknown): JsonRecord[] {
  return php.isPhpArray(items) ? php.phpValues(items).filter(isRecord) : [];
}

/** The values of a PHP array, `[]` for anything else (a missing list). */
export function listValues(value: unknown): unknown[] {
  return php.isPhpArray(value) ? php.phpValues(value) : [];
}

/** `Event` of the roaming data, when there is one. */
export function eventOf(data: unknown): JsonRecord | undefined {
  return isRecord(data) && isRecord(data['Event']) ? data['Event'] : undefined;
}

/** `Hash::extract($data, 'Event._AttributeFlattened.{n}')`: every attribute, event and object ones. */
export function flattenedAttributes(data: unknown): unknown[] {
  const event = eventOf(data);
  const list = event?.['_AttributeFlattened'];
  return php.isPhpArray(list) ? php.phpValues(list) : [];
}

/** `Hash::extract` that yields nothing instead of throwing on data the path cannot walk. */
export function safeExtract(data: unknown, path: string): unknown[] {
  try {
    return php.phpValues(Hash.extract(data, path));
  } catch {
    return [];
  }
}

/** A field as MISP's string-typed JSON carries it (`"12"`), `''` when absent or not a scalar. */
export function textField(record: JsonRecord | undefined, key: string): string {
  const value = record?.[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** Maps the values of a PHP array keeping its keys: a list stays a list, a map keeps its (gappy) keys. */
export function mapPhpArray(array: unknown, fn: (value: unknown) => unknown): unknown {
  if (Array.isArray(array)) return array.map(fn);
  if (isRecord(array)) return Object.fromEntries(Object.entries(array).map(([key, value]) => [key, fn(value)]));
  return array;
}

/**
 * The data with every attribute passed through `update`, wherever MISP's core format holds one:
 * `Event.Attribute`, `Event.Object[*].Attribute` and `Event._AttributeFlattened` (MISP's
 * `_overrideAttribute` writes both places). Containers are copied, never mutated: the flattened list shares
 * its attribute objects with `Event.Attribute`.
 */
export function withAttributes(data: JsonRecord, update: (attribute: JsonRecord) => JsonRecord): JsonRecord {
  const event = eventOf(data);
  if (!event) return data;
  const each = (list: unknown) => mapPhpArray(list, (item) => (isRecord(item) ? update(item) : item));
  const next: JsonRecord = { ...event };
  if ('Attribute' in event) next['Attribute'] = each(event['Attribute']);
  if ('Object' in event) {
    next['Object'] = mapPhpArray(event['Object'], (object) => (isRecord(object) && 'Attribute' in object ? { ...object, Attribute: each(object['Attribute']) } : object));
  }
  if ('_AttributeFlattened' in event) next['_AttributeFlattened'] = each(event['_AttributeFlattened']);
  return { ...data, Event: next };
}

/** `withAttributes` for the attributes with this id only. */
export function withAttribute(data: JsonRecord, id: string, update: (attribute: JsonRecord) => JsonRecord): JsonRecord {
  return withAttributes(data, (attribute) => (textField(attribute, 'id') === id ? update(attribute) : attribute));
}

/** The data with `Event` replaced by `update(Event)`. */
export function withEvent(data: JsonRecord, update: (event: JsonRecord) => JsonRecord): JsonRecord {
  const event = eventOf(data);
  return event ? { ...data, Event: update(event) } : data;
}
