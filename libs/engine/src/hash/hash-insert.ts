import {
  isPhpArray,
  PhpArray,
  phpArrayGet,
  phpArrayMerge,
  phpArraySet,
  phpCastArray,
  phpEntries,
  PhpKey,
  phpToBool,
  phpToString,
} from '../php';
import { matchesConditions } from './hash-conditions';
import { replaceEntries } from './hash-replace';
import {
  assertPhpArray,
  matchToken,
  splitConditions,
  tokenizePath,
} from './hash-path';

/** `Hash::_simpleOp('insert')`: sets the last key, creating (or replacing non-array) intermediates with []. */
function simpleInsert(
  container: PhpArray,
  keys: readonly string[],
  i: number,
  values: unknown,
): PhpArray {
  if (i === keys.length - 1) return phpArraySet(container, keys[i], values);
  const child = phpArrayGet(container, keys[i]);
  const base = isPhpArray(child) ? child : [];
  return phpArraySet(
    container,
    keys[i],
    simpleInsert(base, keys, i + 1, values),
  );
}

function insertInto(data: PhpArray, path: string, values: unknown): PhpArray {
  const tokens = tokenizePath(path);
  if (!path.includes('{') && !path.includes('['))
    return simpleInsert(data, tokens, 0, values);
  const [name, conditions] = splitConditions(tokens[0] ?? '');
  const nextPath = tokens.slice(1).join('.');
  const updates = new Map<PhpKey, unknown>();
  for (const [key, value] of phpEntries(data)) {
    if (!matchToken(key, name)) continue;
    if (
      conditions !== null &&
      !matchesConditions(assertPhpArray(value, 'Hash::_matches'), conditions)
    )
      continue;
    // PHP tests `$nextPath ? ... : ...`, so a remaining path "0" also means "merge here".
    updates.set(
      key,
      phpToBool(nextPath)
        ? insertInto(assertPhpArray(value, 'Hash::insert'), nextPath, values)
        : phpArrayMerge(
            assertPhpArray(value, 'array_merge', 1, 'array'),
            phpCastArray(values),
          ),
    );
  }
  return replaceEntries(data, updates, new Set());
}

/**
 * CakePHP 2.10 `Hash::insert($data, $path, $values = null)`, without mutating `data` (only the
 * containers along the modified paths are copied).
 * - path without "{" and "[": `$data[k1]...[kn] = $values`, creating intermediate arrays and replacing
 *   non-array intermediates by [];
 * - otherwise the first token (with its conditions) selects keys; for each match the rest of the path
 *   is inserted recursively, or, at the last token, `array_merge($data[k], (array) $values)`.
 *   Non-array values reached that way throw a TypeError like PHP 8.
 */
export function hashInsert(
  data: unknown,
  path: string | number,
  values: unknown = null,
): PhpArray {
  return insertInto(
    assertPhpArray(data, 'Hash::insert'),
    phpToString(path),
    values,
  );
}
