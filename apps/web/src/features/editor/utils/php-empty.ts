/** PHP's `empty()` on a decoded JSON value; MISP's validator reads `multiple_output_connection` this way (spec §4.1.3). */
export function isPhpEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === '' || value === '0') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}
