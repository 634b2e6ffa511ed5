import { isPhpArray, phpCount } from './php-array';

/**
 * PHP boolean conversion (`(bool) $value`, `if ($value)`): false for null, false, 0, 0.0, -0.0, "",
 * "0" and empty arrays; true for everything else (NAN, "0.0", " ", "false" are true).
 */
export function phpToBool(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return value !== '' && value !== '0';
  if (isPhpArray(value)) return phpCount(value) > 0;
  return true;
}

/** PHP `empty($value)` on a defined value: the negation of the boolean conversion ("0" is empty). */
export function phpEmpty(value: unknown): boolean {
  return !phpToBool(value);
}
