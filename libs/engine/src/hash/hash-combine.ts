import {
  PhpArray,
  phpArrayFromEntries,
  phpArrayGet,
  phpCount,
  phpEmpty,
  PhpEntry,
  PhpKey,
  phpNormalizeKey,
  phpOffsetKey,
  phpToString,
  phpValues,
} from '../php';
import { CakeException } from './hash-errors';
import { hashExtract } from './hash-extract';
import { assertPhpArray, HashPath } from './hash-path';

/** `array_combine()` key conversion: ints stay, anything else goes through `(string)` (1.5 → "1.5"). */
function combineKey(value: unknown): PhpKey {
  return typeof value === 'number' && Number.isSafeInteger(value)
    ? value
    : phpNormalizeKey(phpToString(value));
}

/** `$out[$group[$i]][$keys[$i]] = $vals[$i]`, read by index like PHP (missing index → null, missing group → 0). */
function combineGrouped(
  keys: PhpArray,
  vals: PhpArray,
  group: PhpArray,
): PhpArray {
  const buckets = new Map<PhpKey, PhpEntry[]>();
  const count = phpCount(keys);
  for (let i = 0; i < count; i++) {
    const g = phpArrayGet(group, i);
    const groupKey = phpOffsetKey(g === undefined || g === null ? 0 : g);
    const bucket = buckets.get(groupKey) ?? [];
    buckets.set(groupKey, bucket);
    bucket.push([
      phpOffsetKey(phpArrayGet(keys, i) ?? null),
      phpArrayGet(vals, i) ?? null,
    ]);
  }
  return phpArrayFromEntries(
    [...buckets].map(
      ([k, entries]): PhpEntry => [k, phpArrayFromEntries(entries)],
    ),
  );
}

/**
 * CakePHP 2.10 `Hash::combine($data, $keyPath, $valuePath = null, $groupPath = null)` with string
 * paths (the `array($format, ...)` sprintf form is not supported). Keys and values are extracted; a
 * missing/empty value path gives null values; different counts throw CakeException; with a group
 * path the result is grouped by the extracted group values.
 */
export function hashCombine(
  data: unknown,
  keyPath: HashPath,
  valuePath: HashPath = null,
  groupPath: HashPath = null,
): PhpArray {
  const array = assertPhpArray(data, 'Hash::combine');
  if (phpEmpty(array)) return [];
  const keys = hashExtract(array, keyPath);
  if (phpEmpty(keys)) return [];
  let vals: PhpArray = phpEmpty(valuePath) ? [] : hashExtract(array, valuePath);
  if (phpEmpty(vals)) vals = new Array<null>(phpCount(keys)).fill(null);
  if (phpCount(keys) !== phpCount(vals))
    throw new CakeException(
      'Hash::combine() needs an equal number of keys + values.',
    );
  if (groupPath !== null && groupPath !== undefined) {
    const group = hashExtract(array, groupPath);
    if (!phpEmpty(group)) return combineGrouped(keys, vals, group);
  }
  const values = phpValues(vals);
  return phpArrayFromEntries(
    phpValues(keys).map((k, i): PhpEntry => [combineKey(k), values[i]]),
  );
}
