// PHP truthiness restricted to JSON-decoded values, which is all a stored graph can contain:
// null, false, 0, "", "0" and empty arrays/objects are falsy (PHP's `empty()` is the negation).
// Kept local so the graph code does not depend on the general PHP helpers' internals.
export function isPhpTruthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false) return false;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return value !== '' && value !== '0';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}
