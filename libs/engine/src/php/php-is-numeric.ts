/**
 * PHP 8 numeric strings (`is_numeric_string_ex` without allow_errors): optional leading whitespace,
 * optional sign, decimal digits with an optional fraction (or a fraction only), optional exponent,
 * optional trailing whitespace (allowed since PHP 8.0). No hex, octal, binary, "INF" or "NAN".
 */
const WS = '[ \\t\\n\\r\\v\\f]*';
const NUMERIC_STRING = new RegExp(
  `^${WS}[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?${WS}$`,
);
const INTEGER_STRING = new RegExp(`^${WS}([+-]?)0*([0-9]+)${WS}$`);
const INT64_MAX = BigInt('9223372036854775807');
const INT64_MIN = BigInt('-9223372036854775808');

/** A PHP number: an exact int64 (`bigint`) or a float (with the overflow sign of an integer-looking string). */
export type PhpNumber =
  | { readonly kind: 'int'; readonly value: bigint }
  | {
      readonly kind: 'float';
      readonly value: number;
      readonly overflow: -1 | 0 | 1;
    };

/** PHP `is_numeric()`: ints and floats (NAN and INF included) and PHP 8 numeric strings. */
export function phpIsNumeric(value: unknown): boolean {
  if (typeof value === 'number') return true;
  return typeof value === 'string' && startsLikeNumber(value) && NUMERIC_STRING.test(value);
}

/**
 * Cheap necessary condition checked before the regex: a numeric string starts, after PHP's blanks, with a
 * digit, a sign or a dot. Tag names ("tlp:red") fail at the first character.
 */
function startsLikeNumber(s: string): boolean {
  let i = 0;
  let c = s.charCodeAt(0);
  while (c === 32 || (c >= 9 && c <= 13)) c = s.charCodeAt(++i);
  return (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
}

/**
 * PHP `is_numeric_string_ex()`: parses a numeric string into an int (when integer-looking and within
 * int64) or a float; an integer-looking string that overflows int64 becomes a float whose `overflow`
 * is its sign (PHP uses that flag in string-to-string comparisons). Returns null for non-numeric strings.
 */
export function phpParseNumericString(text: string): PhpNumber | null {
  if (!NUMERIC_STRING.test(text)) return null;
  const int = INTEGER_STRING.exec(text);
  if (int) {
    const value = BigInt(`${int[1] === '-' ? '-' : ''}${int[2]}`);
    if (value >= INT64_MIN && value <= INT64_MAX) return { kind: 'int', value };
    return {
      kind: 'float',
      value: Number(value),
      overflow: value > BigInt(0) ? 1 : -1,
    };
  }
  return { kind: 'float', value: Number(text.trim()), overflow: 0 };
}

/**
 * PHP number from a JS number: a safe integer is a PHP int, anything else a PHP float. (JS cannot
 * tell `1.0` from `1`; JSON data from MISP carries numbers as strings, so this rarely matters.)
 */
export function phpNumberFromJs(value: number): PhpNumber {
  return Number.isSafeInteger(value)
    ? { kind: 'int', value: BigInt(value) }
    : { kind: 'float', value, overflow: 0 };
}
