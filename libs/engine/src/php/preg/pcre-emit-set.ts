import { PcreNode, PregUnsupportedError, SetItem } from './pcre-ast';

/**
 * Character classes → JS class syntax.
 *
 * Byte mode (no `u` modifier): PCRE sees the UTF-8 bytes of pattern and subject. The subject is
 * handed to JS as one code unit per byte, bytes >= 0x80 moved to U+E080..U+E0FF (a private-use
 * block with no case mapping, no \s/\w membership), so "." and classes consume one byte like PCRE.
 * UTF mode (`u`, PHP also turns on PCRE2_UCP): \d, \w, \b and POSIX classes use Unicode properties;
 * the JS RegExp uses the `v` flag, which allows the nested negated classes needed below.
 */
type Range = readonly [number, number];

const BYTE_MAX = 0xff;
const r = (from: number, to = from): Range => [from, to];

const POSIX_ASCII: Record<string, readonly Range[]> = {
  alnum: [r(48, 57), r(65, 90), r(97, 122)],
  alpha: [r(65, 90), r(97, 122)],
  ascii: [r(0, 127)],
  blank: [r(9), r(32)],
  cntrl: [r(0, 31), r(127)],
  digit: [r(48, 57)],
  graph: [r(33, 126)],
  lower: [r(97, 122)],
  print: [r(32, 126)],
  punct: [r(33, 47), r(58, 64), r(91, 96), r(123, 126)],
  space: [r(9, 13), r(32)],
  upper: [r(65, 90)],
  word: [r(48, 57), r(65, 90), r(95), r(97, 122)],
  xdigit: [r(48, 57), r(65, 70), r(97, 102)],
};
const H_BYTES = [r(9), r(32), r(0xa0)];
const V_BYTES = [r(10, 13), r(0x85)];
const H_UTF = [
  r(9),
  r(32),
  r(0xa0),
  r(0x1680),
  r(0x180e),
  r(0x2000, 0x200a),
  r(0x202f),
  r(0x205f),
  r(0x3000),
];
const V_UTF = [r(10, 13), r(0x85), r(0x2028, 0x2029)];
const UCP_WORD = '\\p{L}\\p{N}_';
const POSIX_UCP: Record<string, string> = {
  alnum: '\\p{L}\\p{N}',
  alpha: '\\p{L}',
  cntrl: '\\p{Cc}',
  digit: '\\p{Nd}',
  lower: '\\p{Ll}',
  space: '\\s',
  upper: '\\p{Lu}',
  word: UCP_WORD,
};

const hex = (n: number): string => n.toString(16).toUpperCase();

/** One code point as JS source; everything but ASCII letters/digits is escaped (safe in u, v and plain mode). */
export function emitCodePoint(cp: number, utf: boolean): string {
  const unit = utf || cp < 0x80 ? cp : 0xe000 + cp;
  if (
    (unit >= 48 && unit <= 57) ||
    (unit >= 65 && unit <= 90) ||
    (unit >= 97 && unit <= 122)
  )
    return String.fromCharCode(unit);
  return unit > 0xffff
    ? `\\u{${hex(unit)}}`
    : `\\u${hex(unit).padStart(4, '0')}`;
}

function emitRange([from, to]: Range, utf: boolean): string {
  if (!utf && from < 0x80 && to >= 0x80)
    return emitRange([from, 0x7f], utf) + emitRange([0x80, to], utf);
  return from === to
    ? emitCodePoint(from, utf)
    : `${emitCodePoint(from, utf)}-${emitCodePoint(to, utf)}`;
}

function complement(ranges: readonly Range[], max: number): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  let next = 0;
  for (const [from, to] of sorted) {
    if (from > next) out.push([next, from - 1]);
    next = Math.max(next, to + 1);
  }
  if (next <= max) out.push([next, max]);
  return out;
}

const emitRanges = (ranges: readonly Range[], utf: boolean): string =>
  ranges.map((x) => emitRange(x, utf)).join('');

function byteItem(item: SetItem): string {
  switch (item.kind) {
    case 'range':
      return emitRange([item.from, item.to], false);
    case 'escape':
      if ('dDwWsS'.includes(item.name)) return `\\${item.name}`;
      {
        const base = item.name.toLowerCase() === 'h' ? H_BYTES : V_BYTES;
        return emitRanges(
          item.name === 'H' || item.name === 'V'
            ? complement(base, BYTE_MAX)
            : base,
          false,
        );
      }
    case 'posix':
      return emitRanges(
        item.negated
          ? complement(POSIX_ASCII[item.name], BYTE_MAX)
          : POSIX_ASCII[item.name],
        false,
      );
    default:
      throw new PregUnsupportedError(
        '\\p and \\P are only supported with the u modifier',
      );
  }
}

function propertyBody(name: string): { body: string; composite: boolean } {
  if (name === 'Any') return { body: '\\p{Any}', composite: false };
  if (name === 'L&' || name === 'LC')
    return { body: '\\p{LC}', composite: false };
  if (name === 'Xan') return { body: '\\p{L}\\p{N}', composite: true };
  if (name === 'Xwd') return { body: UCP_WORD, composite: true };
  if (name === 'Xsp' || name === 'Xps')
    return { body: '\\s', composite: false };
  if (/^[A-Z][a-z]?$/.test(name))
    return { body: `\\p{${name}}`, composite: false };
  if (/^[A-Za-z_]+$/.test(name) && name !== 'Xuc')
    return { body: `\\p{Script=${name}}`, composite: false };
  throw new PregUnsupportedError(
    `Unicode property \\p{${name}} is not supported`,
  );
}

const negatedClass = (body: string): string => `[^${body}]`;

function utfItem(item: SetItem): string {
  switch (item.kind) {
    case 'range':
      return emitRange([item.from, item.to], true);
    case 'escape': {
      const table: Record<string, string> = {
        d: '\\p{Nd}',
        D: '\\P{Nd}',
        w: UCP_WORD,
        W: negatedClass(UCP_WORD),
        s: '\\s',
        S: '\\S',
        h: emitRanges(H_UTF, true),
        H: negatedClass(emitRanges(H_UTF, true)),
        v: emitRanges(V_UTF, true),
        V: negatedClass(emitRanges(V_UTF, true)),
      };
      return table[item.name];
    }
    case 'posix': {
      const body =
        POSIX_UCP[item.name] ?? emitRanges(POSIX_ASCII[item.name], true);
      return item.negated ? negatedClass(body) : body;
    }
    default: {
      const { body, composite } = propertyBody(item.name);
      if (!item.negated) return body;
      return composite ? negatedClass(body) : body.replace('\\p{', '\\P{');
    }
  }
}

/** A `set` node as a JS character class. */
export function emitSet(
  node: Extract<PcreNode, { kind: 'set' }>,
  utf: boolean,
): string {
  const body = node.items
    .map((item) => (utf ? utfItem(item) : byteItem(item)))
    .join('');
  return `[${node.negated ? '^' : ''}${body}]`;
}

/** Does the set possibly contain letters (so case-insensitivity matters for it)? */
export function setHasCase(
  node: Extract<PcreNode, { kind: 'set' }>,
  utf: boolean,
): boolean {
  return node.items.some((item) => {
    if (item.kind !== 'range')
      return item.kind !== 'escape' || 'wW'.includes(item.name);
    if (utf && item.to >= 0x80) return true;
    return (
      item.from <= 122 && item.to >= 65 && !(item.to < 97 && item.from > 90)
    );
  });
}
