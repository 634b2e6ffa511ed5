import { isPhpArray, phpTypeName } from '../php-array';
import { PhpTypeError } from '../php-errors';
import { phpToString } from '../php-string';
import {
  PcreFlags,
  PcreSyntaxError,
  PregError,
  PregUnsupportedError,
} from './pcre-ast';
import { emitJs } from './pcre-emit';
import { parsePcre } from './pcre-parser';
import { assertNoCatastrophicBacktracking } from './pcre-redos';

/**
 * PHP `preg_match()` on top of JS RegExp. The pattern (delimiters + modifiers i m s x u A D U n J S X)
 * is parsed as PCRE, checked by the ReDoS guard (pcre-redos.ts) and re-emitted as JS source:
 * - anchors and "." are spelled out so they follow PCRE (newline = "\n"; `$` also before a final
 *   "\n" unless D; `^`/`$` with m ignore "\r" and U+2028), `\A \z \Z \G` are supported;
 * - without u the subject is matched as UTF-8 bytes (see pcre-emit-set.ts), with u as code points
 *   with PCRE2_UCP semantics (Unicode \d \w \b, JS `v` flag);
 * - atomic groups and possessive quantifiers become `(?=(X))\k` (JS lookaheads are atomic);
 * - (?i) must agree across the pattern; inline s m x U n work anywhere.
 * Approximations: a back reference to a group that did not participate matches "" in JS (PCRE
 * fails); with i+u, \p{Lu}/\p{Ll} also match the other case in JS; JS accepts lookbehinds PCRE
 * would refuse as unbounded; POSIX [:punct:] [:graph:] [:print:] stay ASCII under u. Constructs
 * without a JS equivalent (recursion, conditionals, \X, verbs, branch reset...) throw
 * PregUnsupportedError; patterns PHP itself rejects make pregMatch return false, as PHP does.
 */
type Compiled = { readonly regex: RegExp; readonly utf: boolean };
type Modifiers = {
  readonly flags: PcreFlags;
  readonly utf: boolean;
  readonly anchored: boolean;
  readonly dollarEndOnly: boolean;
};

const CACHE_LIMIT = 256;
const cache = new Map<string, Compiled | PregError | null>();
const BRACKETS: Record<string, string> = {
  '(': ')',
  '[': ']',
  '{': '}',
  '<': '>',
};
const encoder = new TextEncoder();

/** PHP's delimiter scan: the end delimiter is the next one not escaped by a backslash (brackets nest). */
function splitDelimiters(
  pattern: string,
): { body: string; modifiers: string } | null {
  let p = 0;
  while (p < pattern.length && ' \t\n\r\v\f'.includes(pattern[p])) p++;
  const start = pattern[p];
  if (start === undefined || /[A-Za-z0-9\\]/.test(start) || start === '\u0000')
    return null;
  const end = BRACKETS[start] ?? start;
  let depth = 1;
  let i = p + 1;
  for (; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) i++;
    else if (c === end && --depth === 0) break;
    else if (c === start && end !== start) depth++;
  }
  return i >= pattern.length
    ? null
    : { body: pattern.slice(p + 1, i), modifiers: pattern.slice(i + 1) };
}

/** PHP modifiers; unknown ones (and /e, removed in PHP 7) make preg_match fail. */
function parseModifiers(text: string): Modifiers | null {
  const flags: PcreFlags = {
    i: false,
    m: false,
    s: false,
    x: false,
    U: false,
    n: false,
    J: false,
  };
  let utf = false;
  let anchored = false;
  let dollarEndOnly = false;
  for (const c of text) {
    if (
      c === 'i' ||
      c === 'm' ||
      c === 's' ||
      c === 'x' ||
      c === 'U' ||
      c === 'n' ||
      c === 'J'
    )
      flags[c] = true;
    else if (c === 'u') utf = true;
    else if (c === 'A') anchored = true;
    else if (c === 'D') dollarEndOnly = true;
    else if (!'SX \n\r'.includes(c)) return null;
  }
  return { flags, utf, anchored, dollarEndOnly };
}

const toCodePoints = (text: string, utf: boolean): number[] =>
  utf
    ? Array.from(text, (c) => c.codePointAt(0) ?? 0)
    : Array.from(encoder.encode(text));

function compileUncached(pattern: string): Compiled | null {
  const parts = splitDelimiters(pattern);
  const modifiers = parts && parseModifiers(parts.modifiers);
  if (!parts || !modifiers) return null;
  const { utf, anchored, dollarEndOnly, flags } = modifiers;
  let js: { source: string; flags: string };
  try {
    const parsed = parsePcre(toCodePoints(parts.body, utf), {
      utf,
      dollarEndOnly,
      flags,
    });
    assertNoCatastrophicBacktracking(parsed.root, pattern);
    js = emitJs(parsed, { utf, anchored });
  } catch (e) {
    if (e instanceof PcreSyntaxError) return null;
    throw e;
  }
  try {
    return { regex: new RegExp(js.source, js.flags), utf };
  } catch (e) {
    throw new PregUnsupportedError(
      `regular expression ${pattern} cannot be translated to a JavaScript RegExp: ${(e as Error).message}`,
    );
  }
}

/**
 * Compiles a PHP regex (with delimiters and modifiers) into a JS RegExp, cached. Returns null when
 * PHP itself would refuse it (bad delimiter, unknown modifier, PCRE syntax error: preg_match warns
 * and returns false); throws PregUnsupportedError / PregReDoSError for patterns this port refuses.
 */
export function pregCompile(
  pattern: string,
): { readonly regex: RegExp; readonly utf: boolean } | null {
  let entry = cache.get(pattern);
  if (entry === undefined) {
    try {
      entry = compileUncached(pattern);
    } catch (e) {
      if (!(e instanceof PregError)) throw e;
      entry = e;
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(pattern, entry);
  }
  if (entry instanceof PregError) throw entry;
  return entry;
}

/** Without `u`, PCRE matches bytes: one code unit per UTF-8 byte, bytes >= 0x80 moved to U+E080..U+E0FF. */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++)
    if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

function toByteString(text: string): string {
  if (isAscii(text)) return text;
  const units: number[] = [];
  for (const b of encoder.encode(text)) units.push(b < 0x80 ? b : 0xe000 + b);
  let out = '';
  for (let i = 0; i < units.length; i += 8192)
    out += String.fromCharCode(...units.slice(i, i + 8192));
  return out;
}

function isWellFormed(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) return false;
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) return false;
      i++;
    }
  }
  return true;
}

/**
 * PHP `preg_match($pattern, $subject)`: 1 on a match, 0 otherwise, false when PHP would fail (invalid
 * pattern; with `u`, a subject that is not valid Unicode). Scalars are converted with PHP rules
 * (null → "", numbers via PHP's float formatting); an array subject throws like PHP 8's TypeError.
 */
export function pregMatch(pattern: string, subject: unknown): 0 | 1 | false {
  if (isPhpArray(subject)) {
    throw new PhpTypeError(
      `preg_match(): Argument #2 ($subject) must be of type string, ${phpTypeName(subject)} given`,
    );
  }
  const compiled = pregCompile(pattern);
  if (!compiled) return false;
  const text = phpToString(subject);
  if (compiled.utf && !isWellFormed(text)) return false;
  return compiled.regex.test(compiled.utf ? text : toByteString(text)) ? 1 : 0;
}
