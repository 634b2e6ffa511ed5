import { PhpTypeError } from './php-errors';

/**
 * PHP arrays represented as JSON-like JS data.
 *
 * A PHP array is either a JS array (a list: keys 0..n-1) or a plain object (an ordered map).
 * PHP normalises keys: a decimal integer string without sign "+", leading zeros or spaces ("7", "-3")
 * becomes an int key; every other string stays a string key. JS property names behave the same way
 * for lookups (`o[7] === o["7"]`), so lookups are faithful.
 *
 * Limitation (ordering): JS objects always enumerate integer-like keys first, ascending, then the
 * other keys in insertion order. PHP keeps pure insertion order. A map that mixes int and string keys,
 * or whose int keys are not ascending, may therefore iterate differently from PHP. Lists and maps with
 * only string keys (the MISP case) are faithful. Integer keys beyond 2^53 stay strings (JS numbers
 * cannot hold them exactly); `isPhpIntKey` still reports them as PHP int keys.
 *
 * Only arrays and plain objects are PHP arrays (see isPhpArray); class instances (Date, Map, ...)
 * are opaque scalar-like values.
 *
 * Containers rebuilt by the helpers below are normalised the way PHP's json_encode sees them: a JS
 * array when the keys are exactly 0..n-1 in order, otherwise a plain object (so [] is the empty
 * array). Containers that are not modified are returned as they are.
 */
export type PhpList = readonly unknown[];
export type PhpMap = { readonly [key: string]: unknown };
export type PhpArray = PhpList | PhpMap;
export type PhpKey = number | string;
export type PhpEntry = readonly [PhpKey, unknown];

const INT_KEY = /^(?:0|-?[1-9][0-9]*)$/;
const hasOwn = (o: object, k: string): boolean =>
  Object.prototype.hasOwnProperty.call(o, k);

/**
 * PHP `is_array()` on JSON-like data: JS arrays and plain objects. "Plain" means the prototype is
 * null or a root prototype (an `Object.prototype` of any realm, so data built in a vm context or by
 * structuredClone elsewhere still counts); class instances, Date, Map... are not arrays.
 */
export function isPhpArray(value: unknown): value is PhpArray {
  if (Array.isArray(value)) return true;
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** True when the PHP array is held as a JS array (list). */
export function isPhpList(value: PhpArray): value is PhpList {
  return Array.isArray(value);
}

/** PHP array-key rule: is this string stored by PHP as an int key (canonical decimal, fits int64)? */
export function isPhpIntKey(key: string): boolean {
  if (!INT_KEY.test(key)) return false;
  const negative = key.startsWith('-');
  const digits = negative ? key.slice(1) : key;
  const limit = negative ? '9223372036854775808' : '9223372036854775807';
  return (
    digits.length < limit.length ||
    (digits.length === limit.length && digits <= limit)
  );
}

/** PHP array-key normalisation: "5" → 5, "05"/"5.0"/" 5" stay strings (ints beyond 2^53 stay strings). */
export function phpNormalizeKey(key: PhpKey): PhpKey {
  if (typeof key === 'number') return key;
  if (!isPhpIntKey(key)) return key;
  const n = Number(key);
  return Number.isSafeInteger(n) ? n : key;
}

/** Iterates `(key, value)` pairs of a PHP array in PHP order (see the ordering limitation above). */
export function phpEntries(array: PhpArray): PhpEntry[] {
  const out: PhpEntry[] = [];
  if (isPhpList(array)) {
    for (let i = 0; i < array.length; i++)
      if (i in array) out.push([i, array[i]]);
    return out;
  }
  for (const k of Object.keys(array)) out.push([phpNormalizeKey(k), array[k]]);
  return out;
}

/** PHP `array_values()`. */
export function phpValues(array: PhpArray): unknown[] {
  const out: unknown[] = [];
  if (Array.isArray(array)) {
    for (let i = 0; i < array.length; i++) if (i in array) out.push(array[i]);
    return out;
  }
  for (const key of Object.keys(array)) out.push((array as Record<string, unknown>)[key]);
  return out;
}

/** PHP `count()` on an array. */
export function phpCount(array: PhpArray): number {
  if (!isPhpList(array)) return Object.keys(array).length;
  let n = 0;
  for (let i = 0; i < array.length; i++) if (i in array) n++;
  return n;
}

function listIndex(list: PhpList, key: PhpKey): number | undefined {
  const k = phpNormalizeKey(key);
  return typeof k === 'number' &&
    Number.isInteger(k) &&
    k >= 0 &&
    k < list.length &&
    k in list
    ? k
    : undefined;
}

/** PHP `array_key_exists($key, $array)`. */
export function phpArrayHasKey(array: PhpArray, key: PhpKey): boolean {
  if (isPhpList(array)) return listIndex(array, key) !== undefined;
  return hasOwn(array, String(phpNormalizeKey(key)));
}

/** `$array[$key]` for an existing key, `undefined` when the key is missing. */
export function phpArrayGet(array: PhpArray, key: PhpKey): unknown {
  if (isPhpList(array)) {
    const i = listIndex(array, key);
    return i === undefined ? undefined : array[i];
  }
  const k = String(phpNormalizeKey(key));
  return hasOwn(array, k) ? array[k] : undefined;
}

/** PHP `isset($array[$key])`: the key exists and its value is not null. */
export function phpIsset(array: PhpArray, key: PhpKey): boolean {
  const v = phpArrayGet(array, key);
  return v !== undefined && v !== null;
}

// defineProperty (not `o[k] = v`) so a "__proto__" key becomes data, never a prototype change.
function define(
  target: Record<string, unknown>,
  key: PhpKey,
  value: unknown,
): void {
  Object.defineProperty(target, String(key), {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

/**
 * Builds a PHP array from entries: a JS array when the keys are exactly 0..n-1 in order (PHP's
 * "list", what json_encode writes as `[...]`), else a plain object. A repeated key overwrites the
 * value and keeps the first position, like PHP assignment.
 */
export function phpArrayFromEntries(entries: readonly PhpEntry[]): PhpArray {
  const keys = entries.map((e) => phpNormalizeKey(e[0]));
  if (keys.every((k, i) => k === i)) return entries.map((e) => e[1]);
  const out: Record<string, unknown> = {};
  entries.forEach((e, i) => define(out, keys[i], e[1]));
  return out;
}

/**
 * Returns a copy of `array` with `$array[$key] = $value` applied (PHP assignment, no mutation). Like
 * every rebuilt container, the copy is a list when its keys are 0..n-1, else a map (json_encode's view).
 */
export function phpArraySet(
  array: PhpArray,
  key: PhpKey,
  value: unknown,
): PhpArray {
  const k = phpNormalizeKey(key);
  if (isPhpList(array)) {
    const i = listIndex(array, k);
    if (i !== undefined || k === array.length) {
      const copy = array.slice();
      if (i === undefined) copy.push(value);
      else copy[i] = value;
      return copy;
    }
  }
  return phpArrayFromEntries([...phpEntries(array), [k, value]]);
}

/**
 * Returns a copy of `array` with `unset($array[$key])` applied. Lists are not re-indexed: removing
 * index 1 of [a, b, c] leaves {0: a, 2: c}; what remains is a list again when its keys are 0..n-1.
 */
export function phpArrayUnset(array: PhpArray, key: PhpKey): PhpArray {
  if (!phpArrayHasKey(array, key)) return array;
  const k = phpNormalizeKey(key);
  if (isPhpList(array) && k === array.length - 1) return array.slice(0, -1);
  return phpArrayFromEntries(phpEntries(array).filter((e) => e[0] !== k));
}

/** PHP `(array) $value`: null → [], an array stays itself, any other value → [value]. */
export function phpCastArray(value: unknown): PhpArray {
  if (value === null || value === undefined) return [];
  return isPhpArray(value) ? value : [value];
}

/** PHP `array_merge($a, $b)`: int keys are renumbered and appended, string keys overwrite in place. */
export function phpArrayMerge(a: PhpArray, b: PhpArray): PhpArray {
  const out: [PhpKey, unknown][] = [];
  const positions = new Map<string, number>();
  let next = 0;
  for (const [k, v] of [...phpEntries(a), ...phpEntries(b)]) {
    if (typeof k === 'number') {
      out.push([next++, v]);
      continue;
    }
    const at = positions.get(k);
    if (at === undefined) {
      positions.set(k, out.length);
      out.push([k, v]);
    } else out[at] = [k, v];
  }
  return phpArrayFromEntries(out);
}

/**
 * The key PHP uses for `$array[$value]`: ints stay, floats are truncated (NAN/INF → 0), booleans → 0/1,
 * null → "", strings are normalised; arrays are illegal offsets (TypeError).
 */
export function phpOffsetKey(value: unknown): PhpKey {
  if (typeof value === 'number')
    return Number.isFinite(value) ? Math.trunc(value) || 0 : 0;
  if (typeof value === 'string') return phpNormalizeKey(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === null || value === undefined) return '';
  throw new PhpTypeError(
    `Cannot access offset of type ${phpTypeName(value)} on array`,
  );
}

/** PHP type name as used in TypeError messages (`zend_zval_type_name`). */
export function phpTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number')
    return Number.isSafeInteger(value) ? 'int' : 'float';
  if (typeof value === 'string') return 'string';
  return isPhpArray(value) ? 'array' : 'object';
}
