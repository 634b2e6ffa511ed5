import {
  PhpArray,
  phpArrayFromEntries,
  phpEntries,
  PhpEntry,
  PhpKey,
} from '../php';

/**
 * Copy of `array` with some values replaced (`updates`) and some keys unset (`removed`), building the
 * container once. Unchanged input → the same object. The copy is normalised like every rebuilt
 * container: a list when its keys are 0..n-1 (so a gap left by unset makes a map), else a map.
 */
export function replaceEntries(
  array: PhpArray,
  updates: ReadonlyMap<PhpKey, unknown>,
  removed: ReadonlySet<PhpKey>,
): PhpArray {
  if (updates.size === 0 && removed.size === 0) return array;
  const entries: PhpEntry[] = phpEntries(array)
    .filter(([k]) => !removed.has(k))
    .map(([k, v]) => [k, updates.has(k) ? updates.get(k) : v]);
  return phpArrayFromEntries(entries);
}
