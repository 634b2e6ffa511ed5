import {
  isPhpArray,
  PhpArray,
  phpArrayGet,
  phpArraySet,
  phpArrayUnset,
  phpEmpty,
  phpEntries,
  PhpKey,
  phpToString,
} from '../php';
import { matchesConditions } from './hash-conditions';
import {
  assertPhpArray,
  matchToken,
  splitConditions,
  tokenizePath,
} from './hash-path';
import { replaceEntries } from './hash-replace';

/**
 * `Hash::_simpleOp('remove')`: unsets the last key; stops silently when an intermediate key is not
 * set. (PHP can raise an Error when an intermediate value is a string and the next key numeric;
 * that string-offset quirk is treated as "nothing to remove".)
 */
function simpleRemove(
  container: PhpArray,
  keys: readonly string[],
  i: number,
): PhpArray {
  if (i === keys.length - 1) return phpArrayUnset(container, keys[i]);
  const child = phpArrayGet(container, keys[i]);
  if (!isPhpArray(child)) return container;
  const updated = simpleRemove(child, keys, i + 1);
  return updated === child
    ? container
    : phpArraySet(container, keys[i], updated);
}

function removeFrom(data: PhpArray, path: string): PhpArray {
  const tokens = tokenizePath(path);
  if (!path.includes('{') && !path.includes('['))
    return simpleRemove(data, tokens, 0);
  const [name, conditions] = splitConditions(tokens[0] ?? '');
  const nextPath = tokens.slice(1).join('.');
  const updates = new Map<PhpKey, unknown>();
  const removed = new Set<PhpKey>();
  for (const [key, value] of phpEntries(data)) {
    if (!matchToken(key, name)) continue;
    if (!isPhpArray(value)) {
      if (nextPath === '') removed.add(key);
      continue;
    }
    let result: PhpArray | null = value;
    if (conditions === null) result = removeFrom(value, nextPath);
    else if (matchesConditions(value, conditions))
      result = nextPath !== '' ? removeFrom(value, nextPath) : null;
    // PHP then drops the entry when it is (or became) empty, even if the conditions did not match.
    if (result === null || phpEmpty(result)) removed.add(key);
    else if (result !== value) updates.set(key, result);
  }
  return replaceEntries(data, updates, removed);
}

/**
 * CakePHP 2.10 `Hash::remove($data, $path)`, without mutating `data`. Lists are not re-indexed:
 * removing index 1 of [a, b, c] gives {0: a, 2: c} (PHP's [0 => a, 2 => c]).
 * - path without "{" and "[": unsets `$data[k1]...[kn]`;
 * - otherwise matching keys are visited recursively (with conditions); matched entries that end up
 *   empty arrays are removed as well.
 */
export function hashRemove(data: unknown, path: string | number): PhpArray {
  return removeFrom(assertPhpArray(data, 'Hash::remove'), phpToString(path));
}
