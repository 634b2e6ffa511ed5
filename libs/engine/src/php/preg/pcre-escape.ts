import {
  AssertName,
  ClassEscapeName,
  PcreNode,
  PcreSyntaxError,
  PregUnsupportedError,
  SetItem,
} from './pcre-ast';
import {
  isAsciiAlnum,
  isDigit,
  isHex,
  isOctal,
  PcreCursor,
} from './pcre-cursor';

/** What a backslash sequence stands for. `quote` starts \Q...\E, `none` is a stray \E. */
export type Escape =
  | { readonly kind: 'char'; readonly cp: number }
  | { readonly kind: 'item'; readonly item: SetItem }
  | { readonly kind: 'node'; readonly node: PcreNode }
  | { readonly kind: 'quote' }
  | { readonly kind: 'none' };

const SIMPLE_CHARS: Record<string, number> = {
  a: 7,
  e: 27,
  f: 12,
  n: 10,
  r: 13,
  t: 9,
};
const CLASS_ESCAPES = 'dDwWsShHvV';
const ASSERTS: Record<string, AssertName> = {
  A: 'bos',
  G: 'bos',
  z: 'eos',
  Z: 'eosNl',
  b: 'wordB',
  B: 'nonWordB',
};

const char = (cp: number): Escape => ({ kind: 'char', cp });
const node = (n: PcreNode): Escape => ({ kind: 'node', node: n });

function checkCodePoint(cur: PcreCursor, cp: number): Escape {
  const max = cur.utf ? 0x10ffff : 0xff;
  if (cp > max || (cur.utf && cp >= 0xd800 && cp <= 0xdfff)) {
    throw new PcreSyntaxError(
      'character code point value in \\x{} or \\o{} is too large or invalid',
    );
  }
  return char(cp);
}

function readBraced(
  cur: PcreCursor,
  digit: (c: number | undefined) => boolean,
  radix: number,
): Escape {
  const digits = cur.readWhile((c) => digit(c));
  if (!cur.eat('}') || digits === '')
    throw new PcreSyntaxError('malformed \\x{...} or \\o{...} escape');
  return checkCodePoint(cur, parseInt(digits, radix));
}

function readHex(cur: PcreCursor): Escape {
  if (cur.eat('{')) return readBraced(cur, isHex, 16);
  let digits = '';
  while (digits.length < 2 && isHex(cur.peek()))
    digits += String.fromCharCode(cur.next());
  return char(digits ? parseInt(digits, 16) : 0);
}

function readOctal(cur: PcreCursor, first: string, maxDigits: number): Escape {
  let digits = first;
  while (digits.length < maxDigits && isOctal(cur.peek()))
    digits += String.fromCharCode(cur.next());
  const cp = parseInt(digits, 8);
  if (!cur.utf && cp > 0xff)
    throw new PcreSyntaxError(
      'octal value is greater than \\377 in 8-bit non-UTF mode',
    );
  return char(cp);
}

/** `\1`..`\99`: a back reference when < 10, starting with 8/9, or not more than the groups so far; else octal. */
function readDigits(cur: PcreCursor, first: number, caseless: boolean): Escape {
  const start = cur.pos - 1;
  const digits = String.fromCharCode(first) + cur.readWhile(isDigit);
  const n = parseInt(digits, 10);
  if (n < 10 || first >= 56 || n <= cur.groupCount)
    return node(cur.backref(n, caseless));
  cur.pos = start;
  return readOctal(cur, '', 3);
}

function readProperty(cur: PcreCursor, negated: boolean): Escape {
  if (!cur.utf)
    throw new PregUnsupportedError(
      '\\p and \\P are only supported with the u modifier',
    );
  let name: string;
  if (cur.eat('{')) {
    name = cur.readWhile((c) => c !== 125);
    if (!cur.eat('}')) throw new PcreSyntaxError('malformed \\p{...}');
  } else name = String.fromCodePoint(cur.next());
  const caret = name.startsWith('^');
  return {
    kind: 'item',
    item: {
      kind: 'property',
      name: caret ? name.slice(1) : name,
      negated: negated !== caret,
    },
  };
}

/** `\g{n}`, `\g{-n}`, `\gn`, `\g-n`, `\g{name}`, `\k<name>`, `\k'name'`, `\k{name}`. */
function readNamedOrRelative(
  cur: PcreCursor,
  letter: string,
  caseless: boolean,
): Escape {
  if (letter === 'g' && (cur.at('<') || cur.at("'")))
    throw new PregUnsupportedError(
      'subroutine calls (\\g<...>) are not supported',
    );
  const close = cur.eat('{')
    ? '}'
    : cur.eat('<')
      ? '>'
      : cur.eat("'")
        ? "'"
        : '';
  if (letter === 'k' && !close)
    throw new PcreSyntaxError(
      '\\k must be followed by a braced or quoted name',
    );
  const text = close
    ? cur.readWhile((c) => c !== close.charCodeAt(0))
    : cur.readWhile((c) => c === 45 || isDigit(c));
  if (close && !cur.eat(close))
    throw new PcreSyntaxError(`missing ${close} in back reference`);
  if (/^-?[0-9]+$/.test(text) && letter === 'g') {
    const n = parseInt(text, 10);
    const absolute = n < 0 ? cur.groupCount + n + 1 : n;
    if (absolute <= 0)
      throw new PcreSyntaxError(
        'a relative back reference points before the first group',
      );
    return node(cur.backref(absolute, caseless));
  }
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,31}$/.test(text))
    throw new PcreSyntaxError(`invalid back reference "${text}"`);
  return node(cur.backref(text, caseless));
}

function readOutsideOnly(
  cur: PcreCursor,
  letter: string,
  caseless: boolean,
): Escape | null {
  if (ASSERTS[letter]) return node({ kind: 'assert', name: ASSERTS[letter] });
  if (letter === 'K') return node({ kind: 'empty' }); // only moves the reported match start
  if (letter === 'N') {
    if (cur.at('{'))
      throw new PregUnsupportedError('\\N{...} is not supported');
    return node({
      kind: 'set',
      negated: true,
      items: [{ kind: 'range', from: 10, to: 10 }],
      caseless: false,
    });
  }
  if (letter === 'R') return node(newlineSequence(cur.utf));
  if (letter === 'g' || letter === 'k')
    return readNamedOrRelative(cur, letter, caseless);
  if (letter === 'X' || letter === 'C')
    throw new PregUnsupportedError(`\\${letter} is not supported`);
  return null;
}

/** `\R`: \r\n or any single vertical whitespace character. */
function newlineSequence(utf: boolean): PcreNode {
  const crlf: PcreNode = {
    kind: 'seq',
    items: [13, 10].map((cp) => ({ kind: 'char', cp, caseless: false })),
  };
  const items: SetItem[] = [
    { kind: 'range', from: 10, to: 13 },
    { kind: 'range', from: 0x85, to: 0x85 },
  ];
  if (utf) items.push({ kind: 'range', from: 0x2028, to: 0x2029 });
  const single: PcreNode = {
    kind: 'set',
    negated: false,
    items,
    caseless: false,
  };
  return {
    kind: 'group',
    index: null,
    name: null,
    body: { kind: 'alt', branches: [crlf, single] },
  };
}

/** `\cX`: the ASCII control character of X (letters are upper-cased first). */
function controlChar(cp: number): Escape {
  if (cp < 32 || cp > 126)
    throw new PcreSyntaxError(
      '\\c must be followed by a printable ASCII character',
    );
  return char((cp >= 97 && cp <= 122 ? cp - 32 : cp) ^ 0x40);
}

/** Reads the escape after a backslash (already consumed). */
export function readEscape(
  cur: PcreCursor,
  inClass: boolean,
  caseless: boolean,
): Escape {
  if (cur.done) throw new PcreSyntaxError('\\ at end of pattern');
  const cp = cur.next();
  const letter = String.fromCodePoint(cp);
  if (!isAsciiAlnum(cp)) return char(cp);
  if (letter in SIMPLE_CHARS) return char(SIMPLE_CHARS[letter]);
  if (CLASS_ESCAPES.includes(letter))
    return {
      kind: 'item',
      item: { kind: 'escape', name: letter as ClassEscapeName },
    };
  if (letter === 'x') return readHex(cur);
  if (letter === 'o' && cur.eat('{')) return readBraced(cur, isOctal, 8);
  if (letter === '0') return readOctal(cur, '0', 3);
  if (letter === 'c') return controlChar(cur.next());
  if (letter === 'p' || letter === 'P')
    return readProperty(cur, letter === 'P');
  if (letter === 'Q') return { kind: 'quote' };
  if (letter === 'E') return { kind: 'none' };
  if (inClass) {
    if (letter === 'b') return char(8);
    if (isOctal(cp)) return readOctal(cur, letter, 3);
  } else {
    if (isDigit(cp)) return readDigits(cur, cp, caseless);
    const outside = readOutsideOnly(cur, letter, caseless);
    if (outside) return outside;
  }
  throw new PcreSyntaxError(`unrecognized escape sequence \\${letter}`);
}
