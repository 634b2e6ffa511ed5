import {
  isPhpArray,
  isPhpIntKey,
  PhpArray,
  PhpKey,
  phpEmpty,
  phpIsNumeric,
  phpLooseEquals,
  phpTrim,
  phpTypeName,
  PhpTypeError,
} from '../php';

/** A Hash path as CakePHP accepts it for a string path (numbers are converted like PHP does). */
export type HashPath = string | number | null | undefined;

/** PHP 8 throws a TypeError when a `Hash::*(array $data, ...)` method receives a non-array. */
export function assertPhpArray(
  value: unknown,
  fn: string,
  argument = 1,
  name = 'data',
): PhpArray {
  if (!isPhpArray(value)) {
    throw new PhpTypeError(
      `${fn}(): Argument #${argument} ($${name}) must be of type array, ${phpTypeName(value)} given`,
    );
  }
  return value;
}

/**
 * `CakeText::tokenize($path, '.', '[', ']')`: splits on "." outside brackets and trims every token
 * (PHP `trim`). Hash uses it only when the path contains "[", so only such paths get trimmed tokens.
 */
export function tokenizeBracketed(data: string): string[] {
  if (phpEmpty(data)) return [];
  const results: string[] = [];
  let depth = 0;
  let offset = 0;
  let buffer = '';
  while (offset <= data.length) {
    const found = ['.', '[', ']']
      .map((c) => data.indexOf(c, offset))
      .filter((i) => i !== -1);
    if (found.length === 0) {
      results.push(buffer + data.slice(offset));
      break;
    }
    const at = Math.min(...found);
    const c = data[at];
    buffer += data.slice(offset, at);
    if (depth === 0 && c === '.') {
      results.push(buffer);
      buffer = '';
    } else buffer += c;
    if (c === '[') depth++;
    if (c === ']') depth--;
    offset = at + 1;
  }
  return results.map(phpTrim);
}

/** How Hash::extract/insert/remove split a complex path into tokens. */
export function tokenizePath(path: string): string[] {
  return path.includes('[') ? tokenizeBracketed(path) : path.split('.');
}

/** `Hash::_splitConditions`: "name[cond][cond]" → ["name", "[cond][cond]"]; no "[" → conditions null. */
export function splitConditions(token: string): [string, string | null] {
  const at = token.indexOf('[');
  return at === -1 ? [token, null] : [token.slice(0, at), token.slice(at)];
}

/**
 * `Hash::_matchToken`: `{n}` = PHP-numeric key (int keys, and string keys like "1.5"), `{s}` = string
 * key (any key PHP did not turn into an int), `{*}` = any key; a numeric token matches keys loosely
 * (`$key == $token`, so "1.0" matches key 1), any other token matches the key strictly.
 */
export function matchToken(key: PhpKey, token: string): boolean {
  switch (token) {
    case '{n}':
      return typeof key === 'number' || phpIsNumeric(key);
    case '{s}':
      return typeof key === 'string' && !isPhpIntKey(key);
    case '{*}':
      return true;
    default:
      return phpIsNumeric(token) ? phpLooseEquals(key, token) : key === token;
  }
}
