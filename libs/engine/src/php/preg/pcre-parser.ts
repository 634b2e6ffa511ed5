import {
  PcreFlags,
  PcreNode,
  PcreParseResult,
  PcreSyntaxError,
  PregUnsupportedError,
} from './pcre-ast';
import { parseClass } from './pcre-class';
import { isDigit, PcreCursor } from './pcre-cursor';
import { readEscape } from './pcre-escape';

export type PcreParseOptions = {
  readonly utf: boolean;
  readonly dollarEndOnly: boolean;
  readonly flags: PcreFlags;
};

const MAX_REPEAT = 65535;
const X_SPACE = [32, 9, 10, 11, 12, 13];

/** Skips `(?#...)` comments and, in extended (x) mode, whitespace and `#` line comments. */
function skipIgnorable(cur: PcreCursor, flags: PcreFlags): void {
  for (;;) {
    if (cur.at('(?#')) {
      while (!cur.done && cur.peek() !== 41) cur.pos++;
      if (!cur.eat(')'))
        throw new PcreSyntaxError('missing ) after (?# comment');
    } else if (flags.x && X_SPACE.includes(cur.peek() ?? -1)) cur.pos++;
    else if (flags.x && cur.at('#')) while (!cur.done && cur.next() !== 10);
    else return;
  }
}

/** `{n}`, `{n,}` or `{n,m}` at the cursor; null (cursor unchanged) when "{" is a literal. */
function readBraces(cur: PcreCursor): { min: number; max: number } | null {
  const m = /^\{([0-9]+)(,([0-9]*))?\}/.exec(
    String.fromCodePoint(...cur.cps.slice(cur.pos, cur.pos + 16)),
  );
  if (!m) return null;
  cur.pos += m[0].length;
  const min = parseInt(m[1], 10);
  const max =
    m[2] === undefined ? min : m[3] === '' ? Infinity : parseInt(m[3], 10);
  if (min > MAX_REPEAT || (max !== Infinity && max > MAX_REPEAT))
    throw new PcreSyntaxError('number too big in {} quantifier');
  if (max < min)
    throw new PcreSyntaxError('numbers out of order in {} quantifier');
  return { min, max };
}

function readQuantifier(
  cur: PcreCursor,
  flags: PcreFlags,
): Omit<Extract<PcreNode, { kind: 'quant' }>, 'kind' | 'body'> | null {
  let range: { min: number; max: number } | null = null;
  if (cur.eat('*')) range = { min: 0, max: Infinity };
  else if (cur.eat('+')) range = { min: 1, max: Infinity };
  else if (cur.eat('?')) range = { min: 0, max: 1 };
  else if (cur.at('{')) range = readBraces(cur);
  if (!range) return null;
  const possessive = cur.eat('+');
  const lazyMark = !possessive && cur.eat('?');
  return { ...range, possessive, lazy: !possessive && lazyMark !== flags.U };
}

const isQuantifiable = (n: PcreNode): boolean =>
  n.kind !== 'assert' && n.kind !== 'empty';

/** Parses one alternative: atoms with their quantifiers, up to "|", ")" or the end. */
function parseSequence(cur: PcreCursor, flags: PcreFlags): PcreNode {
  const items: PcreNode[] = [];
  for (;;) {
    skipIgnorable(cur, flags);
    if (cur.done || cur.at('|') || cur.at(')')) break;
    // An atom can produce no node ("\\E", "(?i)"): a following quantifier then applies to the previous item.
    items.push(...parseAtom(cur, flags));
    skipIgnorable(cur, flags);
    const q = readQuantifier(cur, flags);
    if (!q) continue;
    const last = items[items.length - 1];
    if (!last || !isQuantifiable(last))
      throw new PcreSyntaxError('quantifier does not follow a repeatable item');
    items[items.length - 1] = { kind: 'quant', body: last, ...q };
    skipIgnorable(cur, flags);
    if (readQuantifier(cur, flags))
      throw new PcreSyntaxError('quantifier does not follow a repeatable item');
  }
  return items.length === 1 ? items[0] : { kind: 'seq', items };
}

/** Parses alternatives up to ")" or the end; `flags` is this group's own (mutable) option set. */
export function parseAlternation(cur: PcreCursor, flags: PcreFlags): PcreNode {
  const branches = [parseSequence(cur, flags)];
  while (cur.eat('|')) branches.push(parseSequence(cur, flags));
  return branches.length === 1 ? branches[0] : { kind: 'alt', branches };
}

function parseQuoted(cur: PcreCursor, flags: PcreFlags): PcreNode[] {
  const out: PcreNode[] = [];
  while (!cur.done && !cur.eat('\\E'))
    out.push({ kind: 'char', cp: cur.next(), caseless: flags.i });
  return out;
}

function parseAtom(cur: PcreCursor, flags: PcreFlags): PcreNode[] {
  const cp = cur.next();
  switch (cp) {
    case 40: // (
      return parseGroup(cur, flags);
    case 91: // [
      return [parseClass(cur, flags.i)];
    case 46: // .
      return [{ kind: 'dot', dotAll: flags.s }];
    case 94: // ^
      return [{ kind: 'assert', name: flags.m ? 'mStart' : 'bos' }];
    case 36: // $
      return [
        {
          kind: 'assert',
          name: flags.m ? 'mEnd' : cur.dollarEndOnly ? 'eos' : 'eosNl',
        },
      ];
    case 42: // * + ?
    case 43:
    case 63:
      throw new PcreSyntaxError('quantifier does not follow a repeatable item');
    case 92: {
      const esc = readEscape(cur, false, flags.i);
      if (esc.kind === 'char')
        return [{ kind: 'char', cp: esc.cp, caseless: flags.i }];
      if (esc.kind === 'item')
        return [
          { kind: 'set', negated: false, items: [esc.item], caseless: flags.i },
        ];
      if (esc.kind === 'node') return [esc.node];
      return esc.kind === 'quote' ? parseQuoted(cur, flags) : [];
    }
    default:
      return [{ kind: 'char', cp, caseless: flags.i }];
  }
}

const nonCapturing = (body: PcreNode): PcreNode => ({
  kind: 'group',
  index: null,
  name: null,
  body,
});

function closeGroup(cur: PcreCursor): void {
  if (!cur.eat(')')) throw new PcreSyntaxError('missing closing parenthesis');
}

function parseBody(cur: PcreCursor, flags: PcreFlags): PcreNode {
  const body = parseAlternation(cur, { ...flags });
  closeGroup(cur);
  return body;
}

function parseCapture(
  cur: PcreCursor,
  flags: PcreFlags,
  name: string | null,
): PcreNode[] {
  const index = ++cur.groupCount;
  if (name !== null) {
    if (cur.names.has(name)) {
      if (!flags.J)
        throw new PcreSyntaxError(
          `two named groups have the same name "${name}"`,
        );
      throw new PregUnsupportedError(
        'duplicate group names ((?J)) are not supported',
      );
    }
    cur.names.set(name, index);
  }
  return [{ kind: 'group', index, name, body: parseBody(cur, flags) }];
}

const OPTION_LETTERS = 'imnsxUJ';

/** `(?imsx-imsx)` (changes the current group's options) or `(?imsx-imsx:...)` (scoped group). */
function parseOptions(cur: PcreCursor, flags: PcreFlags): PcreNode[] {
  const next: PcreFlags = { ...flags };
  let on = true;
  if (cur.eat('^'))
    Object.assign(next, { i: false, m: false, n: false, s: false, x: false });
  for (;;) {
    const c = String.fromCodePoint(cur.next());
    if (c === ')') {
      Object.assign(flags, next);
      return [];
    }
    if (c === ':') return [nonCapturing(parseBody(cur, next))];
    if (c === '-' && on) on = false;
    else if (OPTION_LETTERS.includes(c)) next[c as keyof PcreFlags] = on;
    else
      throw new PcreSyntaxError(
        `unrecognized character after (? or (?-: "${c}"`,
      );
  }
}

/** PCRE group forms without a JS equivalent: refused with a clear message. */
function rejectUnsupportedGroup(cur: PcreCursor): void {
  const unsupported: [boolean, string][] = [
    [cur.at('|'), 'branch reset groups (?|...) are not supported'],
    [cur.at('('), 'conditional groups (?(...)...) are not supported'],
    [cur.at('C'), 'callouts (?C...) are not supported'],
    [
      cur.at('P>') ||
        cur.at('&') ||
        cur.at('R') ||
        cur.at('+') ||
        isDigit(cur.peek()) ||
        (cur.at('-') && isDigit(cur.peek(1))),
      'recursion and subroutine calls are not supported',
    ],
  ];
  const hit = unsupported.find(([matches]) => matches);
  if (hit) throw new PregUnsupportedError(hit[1]);
}

/** Lookaround `(?=`, `(?!`, `(?<=`, `(?<!` at the cursor, or null. */
function parseLookaround(cur: PcreCursor, flags: PcreFlags): PcreNode | null {
  const behind = cur.eat('<=') || cur.eat('<!');
  if (!behind && !cur.eat('=') && !cur.eat('!')) return null;
  const negate = cur.cps[cur.pos - 1] === 33;
  return { kind: 'look', behind, negate, body: parseBody(cur, flags) };
}

/** Parses a group; the cursor is just after its "(". */
function parseGroup(cur: PcreCursor, flags: PcreFlags): PcreNode[] {
  if (cur.at('*')) {
    throw new PregUnsupportedError(
      'backtracking control verbs (*...) are not supported',
    );
  }
  if (!cur.eat('?')) {
    if (flags.n) return [nonCapturing(parseBody(cur, flags))];
    return parseCapture(cur, flags, null);
  }
  if (cur.eat(':')) return [nonCapturing(parseBody(cur, flags))];
  if (cur.eat('>')) return [{ kind: 'atomic', body: parseBody(cur, flags) }];
  const look = parseLookaround(cur, flags);
  if (look) return [look];
  if (cur.eat('P<') || cur.eat('<')) {
    return parseCapture(cur, flags, cur.readName('>'));
  }
  if (cur.eat("'")) return parseCapture(cur, flags, cur.readName("'"));
  if (cur.eat('P=')) return [cur.backref(cur.readName(')'), flags.i)];
  rejectUnsupportedGroup(cur);
  return parseOptions(cur, flags);
}

/** Parses a whole pattern (code points) and checks its back references. */
export function parsePcre(
  cps: readonly number[],
  options: PcreParseOptions,
): PcreParseResult {
  const cur = new PcreCursor(cps, options.utf, options.dollarEndOnly);
  const root = parseAlternation(cur, { ...options.flags });
  if (!cur.done) throw new PcreSyntaxError('unmatched closing parenthesis');
  for (const ref of cur.backrefs) {
    if (typeof ref === 'number' ? ref > cur.groupCount : !cur.names.has(ref)) {
      throw new PcreSyntaxError(`reference to non-existent subpattern ${ref}`);
    }
  }
  return { root, groupCount: cur.groupCount, names: cur.names };
}
