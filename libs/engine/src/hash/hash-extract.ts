import {
  isPhpArray,
  PhpArray,
  phpCastArray,
  phpCount,
  phpEmpty,
  phpEntries,
  phpToString,
} from '../php';
import { matchesConditions } from './hash-conditions';
import { hashGet } from './hash-get';
import {
  assertPhpArray,
  HashPath,
  matchToken,
  splitConditions,
  tokenizePath,
} from './hash-path';

/**
 * CakePHP 2.10 `Hash::extract($data, $path)`.
 * - PHP-empty path ("", "0", null) → `$data` itself.
 * - no "{" and no "[" → `(array) Hash::get($data, $path)`: missing → [], scalar → [scalar], and an
 *   array value is returned as is (so "Event.Tag" gives the tag list, "Event.info" gives [info]).
 * - otherwise each token filters the current context: `(array)` of each item (a scalar item is
 *   [0 => scalar]) is iterated and values whose key matches the token are kept; conditions then keep
 *   only array values satisfying them. The result is a list; no match → [].
 * Returned values are shared with `data` (never copied, never modified).
 */
export function hashExtract(data: unknown, path: HashPath): PhpArray {
  const array = assertPhpArray(data, 'Hash::extract');
  if (phpEmpty(path)) return array;
  const text = phpToString(path);
  if (!/[{[]/.test(text)) return phpCastArray(hashGet(array, text));
  let context: unknown[] = [array];
  for (const token of tokenizePath(text)) {
    const [name, conditions] = splitConditions(token);
    const next: unknown[] = [];
    for (const item of context) {
      for (const [key, value] of phpEntries(phpCastArray(item)))
        if (matchToken(key, name)) next.push(value);
    }
    context =
      conditions === null
        ? next
        : next.filter((v) => isPhpArray(v) && matchesConditions(v, conditions));
  }
  return context;
}

/** CakePHP 2.10 `Hash::check($data, $path)`: does `extract` find at least one value? */
export function hashCheck(data: unknown, path: HashPath): boolean {
  return phpCount(hashExtract(data, path)) > 0;
}
