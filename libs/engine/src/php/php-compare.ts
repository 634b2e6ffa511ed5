import {
  isPhpArray,
  phpArrayGet,
  phpArrayHasKey,
  phpCount,
  phpEntries,
  PhpArray,
} from './php-array';
import { phpToBool } from './php-empty';
import { PhpTypeError } from './php-errors';
import { phpFloatToString } from './php-float';
import {
  PhpNumber,
  phpNumberFromJs,
  phpParseNumericString,
} from './php-is-numeric';
import { phpStrcmp } from './php-string';

type Zval =
  | { readonly t: 'null' }
  | { readonly t: 'bool'; readonly v: boolean }
  | { readonly t: 'int'; readonly v: bigint }
  | { readonly t: 'float'; readonly v: number }
  | { readonly t: 'string'; readonly v: string }
  | { readonly t: 'array'; readonly v: PhpArray };

type Cmp = -1 | 0 | 1;

function classify(value: unknown): Zval {
  if (value === null || value === undefined) return { t: 'null' };
  if (typeof value === 'boolean') return { t: 'bool', v: value };
  if (typeof value === 'string') return { t: 'string', v: value };
  if (typeof value === 'number') {
    const n = phpNumberFromJs(value);
    return n.kind === 'int'
      ? { t: 'int', v: n.value }
      : { t: 'float', v: n.value };
  }
  if (isPhpArray(value)) return { t: 'array', v: value };
  throw new PhpTypeError(
    `Cannot compare a value of type ${typeof value} with PHP semantics`,
  );
}

/** ZEND_THREEWAY_COMPARE: NAN compares as "greater" both ways, so it is never equal. */
const threeway = (a: number, b: number): Cmp => (a === b ? 0 : a < b ? -1 : 1);
const normalize = (d: number): Cmp => (d > 0 ? 1 : d < 0 ? -1 : 0);
const bigCompare = (a: bigint, b: bigint): Cmp =>
  a === b ? 0 : a < b ? -1 : 1;
const negate = (c: Cmp): Cmp => (c === 0 ? 0 : c === 1 ? -1 : 1);
function zvalToBool(z: Zval): boolean {
  if (z.t === 'null') return false;
  if (z.t === 'int') return z.v !== BigInt(0);
  return phpToBool(z.v);
}

/** `zendi_smart_strcmp`: two numeric strings compare as numbers, anything else byte-wise. */
function smartStrcmp(a: string, b: string): Cmp {
  if (a === b) return 0;
  const x = phpParseNumericString(a);
  const y = x && phpParseNumericString(b);
  if (!x || !y) return phpStrcmp(a, b);
  const ox = x.kind === 'float' ? x.overflow : 0;
  const oy = y.kind === 'float' ? y.overflow : 0;
  if (ox !== 0 && ox === oy && Number(x.value) - Number(y.value) === 0)
    return phpStrcmp(a, b);
  if (x.kind === 'int' && y.kind === 'int') return bigCompare(x.value, y.value);
  if (x.kind === 'int')
    return oy ? negate(oy) : normalize(Number(x.value) - Number(y.value));
  if (y.kind === 'int') return ox ? ox : normalize(x.value - Number(y.value));
  if (x.value === y.value && !Number.isFinite(x.value)) return phpStrcmp(a, b);
  return normalize(x.value - y.value);
}

/** `compare_longs_to_string`: numeric strings numerically, otherwise the int's decimal form as a string. */
function compareIntToString(i: bigint, s: string): Cmp {
  const n: PhpNumber | null = phpParseNumericString(s);
  if (!n) return phpStrcmp(i.toString(), s);
  return n.kind === 'int'
    ? bigCompare(i, n.value)
    : threeway(Number(i), n.value);
}

/** `compare_double_to_string`: numeric strings numerically, otherwise `(string)$float` as a string. */
function compareFloatToString(d: number, s: string): Cmp {
  if (Number.isNaN(d)) return 1;
  const n = phpParseNumericString(s);
  if (!n) return phpStrcmp(phpFloatToString(d), s);
  const other = n.kind === 'int' ? Number(n.value) : n.value;
  return d === other ? 0 : normalize(d - other);
}

/** `zend_compare_arrays`: count first, then each key of `a` must exist in `b` (else "uncomparable" = 1). */
function compareArrays(a: PhpArray, b: PhpArray): Cmp {
  const ca = phpCount(a);
  const cb = phpCount(b);
  if (ca !== cb) return ca > cb ? 1 : -1;
  for (const [k, v] of phpEntries(a)) {
    if (!phpArrayHasKey(b, k)) return 1;
    const r = phpCompare(v, phpArrayGet(b, k));
    if (r !== 0) return r;
  }
  return 0;
}

function compareMixed(x: Zval, y: Zval): Cmp {
  if (x.t === 'null' || (x.t === 'bool' && !x.v)) return zvalToBool(y) ? -1 : 0;
  if (x.t === 'bool') return zvalToBool(y) ? 0 : 1;
  if (y.t === 'null' || (y.t === 'bool' && !y.v)) return zvalToBool(x) ? 1 : 0;
  if (y.t === 'bool') return zvalToBool(x) ? 0 : -1;
  // Remaining pairs involve exactly one array: an array is greater than any int, float or string.
  return x.t === 'array' ? 1 : -1;
}

function compareZvals(x: Zval, y: Zval): Cmp {
  if (
    (x.t === 'int' || x.t === 'float') &&
    (y.t === 'int' || y.t === 'float')
  ) {
    return x.t === 'int' && y.t === 'int'
      ? bigCompare(x.v, y.v)
      : threeway(Number(x.v), Number(y.v));
  }
  if (x.t === 'string' && y.t === 'string') return smartStrcmp(x.v, y.v);
  if (x.t === 'array' && y.t === 'array') return compareArrays(x.v, y.v);
  if (x.t === 'null' && y.t === 'string') return y.v === '' ? 0 : -1;
  if (x.t === 'string' && y.t === 'null') return x.v === '' ? 0 : 1;
  if (x.t === 'int' && y.t === 'string') return compareIntToString(x.v, y.v);
  if (x.t === 'string' && y.t === 'int')
    return negate(compareIntToString(y.v, x.v));
  if (x.t === 'float' && y.t === 'string')
    return compareFloatToString(x.v, y.v);
  if (x.t === 'string' && y.t === 'float')
    return Number.isNaN(y.v) ? 1 : negate(compareFloatToString(y.v, x.v));
  return compareMixed(x, y);
}

/**
 * PHP 8 `$a <=> $b` (`zend_compare`) on JSON-like data: int/float numerically; a numeric string
 * against a number or another numeric string numerically; a non-numeric string against an int or
 * float as strings (so "abc" == 0 is false); null against a string as ""; null or bool against
 * anything else as booleans; arrays by count then key-wise; an array is greater than any scalar.
 */
export function phpCompare(a: unknown, b: unknown): Cmp {
  return compareZvals(classify(a), classify(b));
}

/** PHP 8 loose equality `$a == $b`. */
export function phpLooseEquals(a: unknown, b: unknown): boolean {
  // Hot path of tag and filter conditions: two strings are equal when identical, and differ when either
  // cannot be numeric (only numeric strings compare by value). Everything else takes the full rules.
  if (typeof a === 'string' && typeof b === 'string') {
    if (a === b) return true;
    if (!mayBeNumeric(a) || !mayBeNumeric(b)) return false;
  }
  return phpCompare(a, b) === 0;
}

/** A cheap necessary condition for a PHP numeric string: its first non-blank character. */
function mayBeNumeric(s: string): boolean {
  const c = s.trimStart().charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
}

/** PHP 8 `$a != $b`. */
export function phpLooseNotEquals(a: unknown, b: unknown): boolean {
  return phpCompare(a, b) !== 0;
}

/** PHP 8 `$a < $b` (`zend_compare($a, $b) < 0`). */
export function phpLessThan(a: unknown, b: unknown): boolean {
  return phpCompare(a, b) < 0;
}

/** PHP 8 `$a <= $b` (`zend_compare($a, $b) <= 0`). */
export function phpLessOrEqual(a: unknown, b: unknown): boolean {
  return phpCompare(a, b) <= 0;
}

/** PHP 8 `$a > $b`, compiled by PHP as `$b < $a` (operands swapped, which matters for uncomparable arrays). */
export function phpGreaterThan(a: unknown, b: unknown): boolean {
  return phpCompare(b, a) < 0;
}

/** PHP 8 `$a >= $b`, compiled by PHP as `$b <= $a`. */
export function phpGreaterOrEqual(a: unknown, b: unknown): boolean {
  return phpCompare(b, a) <= 0;
}

/** PHP `in_array($needle, $haystack)` without the strict flag (loose `==`). */
export function phpInArray(needle: unknown, haystack: PhpArray): boolean {
  if (Array.isArray(haystack)) {
    for (let i = 0; i < haystack.length; i++) if (i in haystack && phpLooseEquals(haystack[i], needle)) return true;
    return false;
  }
  for (const key of Object.keys(haystack)) if (phpLooseEquals((haystack as Record<string, unknown>)[key], needle)) return true;
  return false;
}

/** PHP `$a === $b`: same type and value; arrays need the same key/value pairs in the same order. */
export function phpIdentical(a: unknown, b: unknown): boolean {
  const x = classify(a);
  const y = classify(b);
  if (x.t === 'null' || y.t === 'null') return x.t === y.t;
  if (x.t !== y.t) return false;
  if (x.t === 'array' && y.t === 'array') {
    const ea = phpEntries(x.v);
    const eb = phpEntries(y.v);
    return (
      ea.length === eb.length &&
      ea.every(([k, v], i) => k === eb[i][0] && phpIdentical(v, eb[i][1]))
    );
  }
  return x.v === y.v;
}
