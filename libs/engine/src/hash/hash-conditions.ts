import {
  PhpArray,
  phpArrayGet,
  phpArrayHasKey,
  phpEmpty,
  phpGreaterOrEqual,
  phpGreaterThan,
  phpIsNumeric,
  phpIsset,
  phpLessOrEqual,
  phpLessThan,
  phpLooseEquals,
  phpLooseNotEquals,
  phpToBool,
  pregMatch,
} from '../php';

/** One `[attr]`, `[attr<op>value]` or `[attr=/regex/flags]` condition. */
export type HashCondition = {
  readonly attr: string;
  readonly op: string | null;
  readonly val: string | null;
};

/**
 * The condition grammar of `Hash::_matches`, written in PCRE extended mode as
 * `(\[ (?P<attr>[^=><!]+?) (\s* (?P<op>[><!]?[=]|[><]) \s* (?P<val>(?:\/.*?\/ | [^\]]+)) )? \])`.
 * PCRE's `\s` and `.` (no /u, no /s) are spelled out: ASCII whitespace, anything but "\n".
 */
const CONDITION =
  /\[([^=><!]+?)(?:[\t\n\v\f\r ]*([><!]?=|[><])[\t\n\v\f\r ]*(\/[^\n]*?\/|[^\]]+))?\]/g;

const MAX_CACHED = 512;
const cache = new Map<string, readonly HashCondition[]>();

/** Parses a conditions string like "[id>2][name=/^a/i]" (text not matching the grammar is ignored, like PHP). */
export function parseConditions(selector: string): readonly HashCondition[] {
  const cached = cache.get(selector);
  if (cached) return cached;
  const parsed: HashCondition[] = [];
  for (const m of selector.matchAll(CONDITION))
    parsed.push({ attr: m[1], op: m[2] ?? null, val: m[3] ?? null });
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(selector, parsed);
  return parsed;
}

function failsComparison(
  op: string | null,
  prop: unknown,
  val: string | null,
): boolean {
  switch (op) {
    case '=':
      return phpLooseNotEquals(prop, val);
    case '!=':
      return phpLooseEquals(prop, val);
    case '>':
      return phpLessOrEqual(prop, val);
    case '<':
      return phpGreaterOrEqual(prop, val);
    case '>=':
      return phpLessThan(prop, val);
    case '<=':
      return phpGreaterThan(prop, val);
    default:
      return false;
  }
}

/** `Hash::_matches`: does the array item satisfy every condition (PHP 8 loose comparisons)? */
function matchesOne(data: PhpArray, { attr, op, val }: HashCondition): boolean {
  // Presence test: `[attr]` needs a non-null value.
  if (phpEmpty(op) && phpEmpty(val) && !phpIsset(data, attr)) return false;
  if (!phpArrayHasKey(data, attr)) return false;
  let prop: unknown = phpIsset(data, attr) ? phpArrayGet(data, attr) : null;
  // Booleans compare as "1"/"0" against numeric values, as "true"/"false" otherwise.
  if (typeof prop === 'boolean')
    prop = phpIsNumeric(val) ? (prop ? '1' : '0') : prop ? 'true' : 'false';
  if (op === '=' && val !== null && phpToBool(val) && val[0] === '/')
    return pregMatch(val, prop) === 1;
  return !failsComparison(op, prop, val);
}

/** True when `data` satisfies all conditions of `selector` (several conditions = AND). */
export function matchesConditions(data: PhpArray, selector: string): boolean {
  return parseConditions(selector).every((condition) =>
    matchesOne(data, condition),
  );
}
