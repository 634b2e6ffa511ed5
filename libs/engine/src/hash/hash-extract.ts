import {
  isPhpArray,
  PhpArray,
  phpCastArray,
  phpCount,
  phpEmpty,
  phpEntries,
  phpIsNumeric,
  phpToString,
} from '../php';
import { matchesConditions } from './hash-conditions';
import { compileExtract } from './hash-extract-codegen';
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
  const out: unknown[] = [];
  compilePath(text)(array, out);
  return out;
}

type Step = (item: unknown, out: unknown[]) => void;

// Workflows evaluate the same few paths on every run. Each distinct path is compiled once into a chain of
// small closures (one per token), which V8 optimises per call site: far cheaper than re-tokenising and
// building an intermediate list per token. The chain visits values in the same order as CakePHP's
// token-by-token loop (each token maps every context item to its matches, in order).
const compiled = new Map<string, Step>();
const MAX_COMPILED = 1000;
const PROTOTYPE_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));

function compilePath(path: string): Step {
  let step = compiled.get(path);
  if (step) return step;
  const tokens = tokenizePath(path);
  step = compileExtract(tokens) ?? tokens.reduceRight<Step>((next, token) => compileToken(token, next), (item, out) => void out.push(item));
  if (compiled.size >= MAX_COMPILED) compiled.clear();
  compiled.set(path, step);
  return step;
}

function compileToken(token: string, next: Step): Step {
  const [name, conditions] = splitConditions(token);
  const accept: Step =
    conditions === null ? next : (value, out) => void (isPhpArray(value) && matchesConditions(value, conditions) && next(value, out));
  if (name === '{n}' || name === '{*}') {
    return (item, out) => {
      if (!Array.isArray(item)) return generic(item, name, accept, out);
      // A JS list only has int keys 0..n-1, all of which `{n}` and `{*}` match.
      for (let i = 0; i < item.length; i++) if (i in item) accept(item[i], out);
    };
  }
  if (name === '{s}' || phpIsNumeric(name)) return (item, out) => generic(item, name, accept, out);
  // A non-numeric name matches string keys strictly: a direct property read (own keys only).
  const mustCheckOwn = PROTOTYPE_KEYS.has(name);
  return (item, out) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return generic(item, name, accept, out);
    const value: unknown = (item as Record<string, unknown>)[name];
    if (value === undefined || (mustCheckOwn && !Object.prototype.hasOwnProperty.call(item, name))) return;
    accept(value, out);
  };
}

function generic(item: unknown, name: string, accept: Step, out: unknown[]): void {
  for (const [key, value] of phpEntries(phpCastArray(item))) if (matchToken(key, name)) accept(value, out);
}

/** CakePHP 2.10 `Hash::check($data, $path)`: does `extract` find at least one value? */
export function hashCheck(data: unknown, path: HashPath): boolean {
  return phpCount(hashExtract(data, path)) > 0;
}
