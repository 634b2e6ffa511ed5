import { isPhpArray, phpValues } from '../php';
import type { DraftRecord, JsonRecord } from './core-format.types';

/** A JSON object (PHP associative array), not a list. */
export function isRecord(value: unknown): value is JsonRecord {
  return isPhpArray(value) && !Array.isArray(value);
}

/** PHP `isset()` on a value already read: present and not null. */
export function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/**
 * The items of a PHP list: a JS array as is, a JSON object (PHP map) as its values in order,
 * anything else `undefined` (PHP's `foreach` would only warn and skip it).
 */
export function listItems(value: unknown): readonly unknown[] | undefined {
  if (Array.isArray(value)) return value;
  return isRecord(value) ? phpValues(value) : undefined;
}

/**
 * Shallow copy to which the caller then adds keys. `Object.assign` rather than spread: V8 clones
 * `{...x}` fast but adding a key to that clone takes a slow path (measured ~5× slower per attribute).
 * A `__proto__` own key (JSON.parse makes it data) would hit the setter in `Object.assign`, so that
 * rare input takes the spread.
 */
export function copyRecord(record: JsonRecord): DraftRecord {
  return Object.prototype.hasOwnProperty.call(record, '__proto__') ? { ...record } : Object.assign({}, record);
}

/** `copyRecord` plus one key (`$copy[$key] = $value` on a PHP array value). */
export function withKey(record: JsonRecord, key: string, value: unknown): DraftRecord {
  const copy = copyRecord(record);
  copy[key] = value;
  return copy;
}

/**
 * `target[key] = value` for keys that come from the input: a data key "__proto__" (JSON.parse makes
 * one) must stay data, whereas plain assignment would replace the target's prototype.
 */
export function setKey(target: DraftRecord, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** Shallow copy without some keys; built by iteration because `delete` de-optimises V8 objects. */
export function omitKeys(record: JsonRecord, keys: ReadonlySet<string>): DraftRecord {
  const copy: DraftRecord = {};
  for (const key of Object.keys(record)) {
    if (!keys.has(key)) setKey(copy, key, record[key]);
  }
  return copy;
}

/** True when at least one of `keys` is an own key of `record` (to copy only when something changes). */
export function hasAnyKey(record: JsonRecord, keys: ReadonlySet<string>): boolean {
  for (const key of keys) {
    if (Object.prototype.hasOwnProperty.call(record, key)) return true;
  }
  return false;
}

/** Top-level keys starting with `_` (MISP copies them to the converted root, e.g. `_module`). */
export function underscoreEntries(record: JsonRecord): [string, unknown][] {
  const entries: [string, unknown][] = [];
  for (const key of Object.keys(record)) {
    if (key.startsWith('_')) entries.push([key, record[key]]);
  }
  return entries;
}

/**
 * An id as the fetch ports take it. MISP ids arrive as strings or (from PyMISP/hand-written JSON)
 * numbers; ids are compared as strings (core-format.md §9). Anything else cannot name a row.
 */
export function idToString(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}
