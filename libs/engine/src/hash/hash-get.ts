import {
  isPhpArray,
  PhpKey,
  phpArrayGet,
  phpEmpty,
  phpIsset,
  phpOffsetKey,
  phpToString,
} from '../php';
import { InvalidArgumentException } from './hash-errors';
import { assertPhpArray } from './hash-path';

/** A `Hash::get()` path: a dotted string (or number), or an array of keys. */
export type HashGetPath =
  | string
  | number
  | null
  | undefined
  | readonly (string | number)[];

function pathParts(
  path: string | number | readonly (string | number)[],
): readonly PhpKey[] {
  if (typeof path === 'string' || typeof path === 'number')
    return phpToString(path).split('.');
  if (Array.isArray(path)) return path.map(phpOffsetKey);
  throw new InvalidArgumentException(
    `Invalid path parameter: ${String(path)}, should be dot separated path or array.`,
  );
}

/**
 * CakePHP 2.10 `Hash::get($data, $path, $default = null)`: plain key lookup, no `{n}` or `[...]`
 * support (such tokens are looked up literally). Each step needs an array and an `isset` key, so a
 * key whose value is null yields `$default`; so does empty `$data` or a null path.
 */
export function hashGet(
  data: unknown,
  path: HashGetPath,
  defaultValue: unknown = null,
): unknown {
  const array = assertPhpArray(data, 'Hash::get');
  if (phpEmpty(array) || path === null || path === undefined)
    return defaultValue;
  let current: unknown = array;
  for (const key of pathParts(path)) {
    if (!isPhpArray(current) || !phpIsset(current, key)) return defaultValue;
    current = phpArrayGet(current, key);
  }
  return current;
}
