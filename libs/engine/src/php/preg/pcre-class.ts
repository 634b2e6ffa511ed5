import { PcreNode, PcreSyntaxError, SetItem } from './pcre-ast';
import { PcreCursor } from './pcre-cursor';
import { readEscape } from './pcre-escape';

export const POSIX_CLASSES = [
  'alnum',
  'alpha',
  'ascii',
  'blank',
  'cntrl',
  'digit',
  'graph',
  'lower',
  'print',
  'punct',
  'space',
  'upper',
  'word',
  'xdigit',
] as const;

/** `[:name:]` or `[:^name:]` at the cursor (which is on the "["); null when it is not POSIX syntax. */
function readPosix(cur: PcreCursor): SetItem | null {
  if (cur.at('[.') || cur.at('[='))
    throw new PcreSyntaxError('POSIX collating elements are not supported');
  if (!cur.at('[:')) return null;
  const start = cur.pos;
  cur.pos += 2;
  const negated = cur.eat('^');
  const name = cur.readWhile((c) => c >= 97 && c <= 122);
  if (!cur.eat(':]')) {
    cur.pos = start;
    return null;
  }
  if (!(POSIX_CLASSES as readonly string[]).includes(name))
    throw new PcreSyntaxError(`unknown POSIX class name "${name}"`);
  return { kind: 'posix', name, negated };
}

type ClassAtom = { readonly cp: number } | { readonly item: SetItem } | null;

/** One member of a class: a character, an escape class, or null for \E / \Q (quote mode toggled). */
function readAtom(
  cur: PcreCursor,
  state: { quoting: boolean },
  caseless: boolean,
): ClassAtom {
  const cp = cur.next();
  if (state.quoting) {
    if (cp === 92 && cur.eat('E')) {
      state.quoting = false;
      return null;
    }
    return { cp };
  }
  if (cp !== 92) return { cp };
  const esc = readEscape(cur, true, caseless);
  if (esc.kind === 'char') return { cp: esc.cp };
  if (esc.kind === 'item') return { item: esc.item };
  if (esc.kind === 'quote') state.quoting = true;
  if (esc.kind === 'node')
    throw new PcreSyntaxError(
      'escape sequence is invalid in a character class',
    );
  return null;
}

/** Optional "-x" after a first character: returns the range end or null (cursor unchanged). */
function readRangeEnd(
  cur: PcreCursor,
  state: { quoting: boolean },
  caseless: boolean,
  from: number,
): number | null {
  if (
    state.quoting ||
    !cur.at('-') ||
    cur.peek(1) === undefined ||
    cur.at(']', 1)
  )
    return null;
  if (cur.at('[:', 1) || cur.at('[.', 1) || cur.at('[=', 1))
    throw new PcreSyntaxError('invalid range in character class');
  cur.pos++;
  const end = readAtom(cur, state, caseless);
  if (!end || !('cp' in end))
    throw new PcreSyntaxError('invalid range in character class');
  if (end.cp < from)
    throw new PcreSyntaxError('range out of order in character class');
  return end.cp;
}

/** Parses a character class; the cursor is just after the opening "[". */
export function parseClass(cur: PcreCursor, caseless: boolean): PcreNode {
  const negated = cur.eat('^');
  const items: SetItem[] = [];
  const state = { quoting: false };
  let first = true;
  for (;;) {
    if (cur.done)
      throw new PcreSyntaxError('missing terminating ] for character class');
    if (!state.quoting && !first && cur.eat(']')) break;
    first = false;
    const posix = state.quoting ? null : readPosix(cur);
    const atom = posix ? { item: posix } : readAtom(cur, state, caseless);
    if (!atom) continue;
    if ('item' in atom) {
      // PCRE2 refuses a class escape as a range start ("[\d-z]"); "[\d-]" is fine.
      if (
        !state.quoting &&
        cur.at('-') &&
        cur.peek(1) !== undefined &&
        !cur.at(']', 1)
      ) {
        throw new PcreSyntaxError('invalid range in character class');
      }
      items.push(atom.item);
      continue;
    }
    const to = readRangeEnd(cur, state, caseless, atom.cp);
    items.push({ kind: 'range', from: atom.cp, to: to ?? atom.cp });
  }
  return { kind: 'set', negated, items, caseless };
}
