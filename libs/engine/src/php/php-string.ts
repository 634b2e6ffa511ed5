import { isPhpArray } from './php-array';
import { PhpTypeError } from './php-errors';
import { phpFloatToString } from './php-float';

/**
 * PHP 8 `(string) $value` on JSON-like data: strings unchanged, ints in decimal, floats via
 * `phpFloatToString` (precision 14), true → "1", false → "", null → "", arrays → "Array" (PHP also
 * emits an "Array to string conversion" warning). Other objects cannot be converted (PHP throws).
 */
export function phpToString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number')
    return Number.isSafeInteger(value)
      ? String(value)
      : phpFloatToString(value);
  if (typeof value === 'boolean') return value ? '1' : '';
  if (value === null || value === undefined) return '';
  if (isPhpArray(value)) return 'Array';
  throw new PhpTypeError('Object could not be converted to string');
}

const PHP_TRIM_CHARS = ' \t\n\r\0\x0B';

/** PHP `trim($s)` with its default character list " \t\n\r\0\x0B" (narrower than JS `trim()`). */
export function phpTrim(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && PHP_TRIM_CHARS.includes(text[start])) start++;
  while (end > start && PHP_TRIM_CHARS.includes(text[end - 1])) end--;
  return text.slice(start, end);
}

// Orders UTF-16 code units like code points (surrogates after U+E000..U+FFFF), which is also
// the byte order of the UTF-8 encodings PHP compares.
function codePointOrderUnit(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  return unit >= 0xe000 ? unit - 0x800 : unit;
}

/** PHP `strcmp()` / `zend_binary_strcmp` normalised to -1/0/1: byte order of the UTF-8 strings. */
export function phpStrcmp(a: string, b: string): -1 | 0 | 1 {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointOrderUnit(x) < codePointOrderUnit(y) ? -1 : 1;
  }
  return a.length < b.length ? -1 : 1;
}
