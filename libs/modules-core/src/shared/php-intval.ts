import { php } from '@misp-wf/engine';

/**
 * PHP 8 `intval()` / `(int)` for the scalars found in MISP data: numeric strings (also `"1e3"`), leading-numeric
 * strings (`"12abc"` → 12), booleans, null; arrays give 0 when empty and 1 otherwise, as in PHP.
 */
export function phpIntval(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') return stringToInt(value);
  if (php.isPhpArray(value)) return php.phpCount(value) > 0 ? 1 : 0;
  return 0;
}

function stringToInt(text: string): number {
  if (php.phpIsNumeric(text)) return Math.trunc(Number(text.trim()));
  const leading = /^[ \t\n\r\v\f]*[+-]?\d+/.exec(text);
  return leading ? Number.parseInt(leading[0].trim(), 10) : 0;
}
