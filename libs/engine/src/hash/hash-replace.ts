import { isPhpList, PhpArray, phpArrayFromEntries, phpEntries, PhpEntry, PhpKey } from '../php';

/**
 * Copy of `array` with some values replaced (`updates`) and some keys unset (`removed`), copying the
 * container once. Unchanged input → the same object. Lists keep their remaining keys (a gap turns the
 * list into a map, like PHP's unset); maps stay maps, except that an emptied map becomes [] (PHP's
 * only empty array).
 */
export function replaceEntries(array: PhpArray, updates: ReadonlyMap<PhpKey, unknown>, removed: ReadonlySet<PhpKey>): PhpArray {
  if (updates.size === 0 && removed.size === 0) return array;
  const entries: PhpEntry[] = phpEntries(array)
    .filter(([k]) => !removed.has(k))
    .map(([k, v]) => [k, updates.has(k) ? updates.get(k) : v]);
  if (isPhpList(array) || entries.length === 0) return phpArrayFromEntries(entries);
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(out, String(k), { value: v, writable: true, enumerable: true, configurable: true });
  return out;
}
