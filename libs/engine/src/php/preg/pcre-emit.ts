import {
  AssertName,
  PcreNode,
  PcreParseResult,
  PregUnsupportedError,
} from './pcre-ast';
import { emitCodePoint, emitSet, setHasCase } from './pcre-emit-set';

export type JsRegexSource = { readonly source: string; readonly flags: string };
export type EmitOptions = { readonly utf: boolean; readonly anchored: boolean };

// JS `^`, `$` and `.` know more line terminators than PCRE ("\n" only by default) and no
// "before a final newline" rule, so anchors and dot are spelled out with lookarounds.
const UCP_WORD = '[\\p{L}\\p{N}_]';
const ASSERTS: Record<AssertName, string> = {
  bos: '(?<![\\s\\S])',
  eos: '(?![\\s\\S])',
  eosNl: '(?=\\n?(?![\\s\\S]))',
  mStart: '(?:(?<![\\s\\S])|(?<=\\n)(?=[\\s\\S]))',
  mEnd: '(?=\\n|(?![\\s\\S]))',
  wordB: '\\b',
  nonWordB: '\\B',
};
const UTF_WORD_ASSERTS: Partial<Record<AssertName, string>> = {
  wordB: `(?:(?<=${UCP_WORD})(?!${UCP_WORD})|(?<!${UCP_WORD})(?=${UCP_WORD}))`,
  nonWordB: `(?:(?<=${UCP_WORD})(?=${UCP_WORD})|(?<!${UCP_WORD})(?!${UCP_WORD}))`,
};

type Numbering = {
  readonly groups: Map<number, number>;
  readonly helpers: Map<PcreNode, number>;
};

function children(node: PcreNode): readonly PcreNode[] {
  if (node.kind === 'seq') return node.items;
  if (node.kind === 'alt') return node.branches;
  if (
    node.kind === 'group' ||
    node.kind === 'look' ||
    node.kind === 'atomic' ||
    node.kind === 'quant'
  )
    return [node.body];
  return [];
}

/**
 * JS numbers capture groups by the order of their "(" in the emitted source. Atomic groups and
 * possessive quantifiers are emitted as `(?=(X))\k` (a lookahead is atomic in JS), which adds a
 * capture group, so PCRE group numbers are mapped to JS numbers in emission order.
 */
function numberGroups(root: PcreNode): Numbering {
  const numbering: Numbering = { groups: new Map(), helpers: new Map() };
  let next = 0;
  const visit = (node: PcreNode): void => {
    if (node.kind === 'atomic' || (node.kind === 'quant' && node.possessive))
      numbering.helpers.set(node, ++next);
    if (node.kind === 'group' && node.index !== null)
      numbering.groups.set(node.index, ++next);
    children(node).forEach(visit);
  };
  visit(root);
  return numbering;
}

const hasCase = (cp: number): boolean => {
  const c = String.fromCodePoint(cp);
  return c.toLowerCase() !== c.toUpperCase();
};

/** JS has no scoped case-insensitivity (Node 20): the whole pattern must agree on `i`. */
function caselessMode(root: PcreNode, utf: boolean): boolean {
  const seen = new Set<boolean>();
  const visit = (node: PcreNode): void => {
    if (node.kind === 'char' && (utf || node.cp < 0x80) && hasCase(node.cp))
      seen.add(node.caseless);
    if (node.kind === 'set' && setHasCase(node, utf)) seen.add(node.caseless);
    if (node.kind === 'backref') seen.add(node.caseless);
    children(node).forEach(visit);
  };
  visit(root);
  if (seen.size > 1) {
    throw new PregUnsupportedError(
      'mixing case-sensitive and case-insensitive parts ((?i) inside the pattern) is not supported',
    );
  }
  return seen.has(true);
}

function emitQuant(
  node: Extract<PcreNode, { kind: 'quant' }>,
  utf: boolean,
  n: Numbering,
): string {
  const body = `(?:${emitNode(node.body, utf, n)})`;
  const { min, max } = node;
  const count =
    min === 0 && max === Infinity
      ? '*'
      : min === 1 && max === Infinity
        ? '+'
        : min === 0 && max === 1
          ? '?'
          : max === Infinity
            ? `{${min},}`
            : min === max
              ? `{${min}}`
              : `{${min},${max}}`;
  const plain = body + count + (node.lazy ? '?' : '');
  return node.possessive ? `(?:(?=(${plain}))\\${n.helpers.get(node)})` : plain;
}

function emitNode(node: PcreNode, utf: boolean, n: Numbering): string {
  switch (node.kind) {
    case 'empty':
      return '';
    case 'char':
      return emitCodePoint(node.cp, utf);
    case 'set':
      return emitSet(node, utf);
    case 'dot':
      return node.dotAll ? '[\\s\\S]' : '[^\\n]';
    case 'assert':
      return (utf && UTF_WORD_ASSERTS[node.name]) || ASSERTS[node.name];
    case 'group': {
      const open =
        node.index === null
          ? '(?:'
          : node.name === null
            ? '('
            : `(?<${node.name}>`;
      return `${open}${emitNode(node.body, utf, n)})`;
    }
    case 'look':
      return `(?${node.behind ? '<' : ''}${node.negate ? '!' : '='}${emitNode(node.body, utf, n)})`;
    case 'atomic':
      return `(?:(?=(${emitNode(node.body, utf, n)}))\\${n.helpers.get(node)})`;
    case 'backref':
      return typeof node.ref === 'number'
        ? `(?:\\${n.groups.get(node.ref)})`
        : `\\k<${node.ref}>`;
    case 'quant':
      return emitQuant(node, utf, n);
    case 'seq':
      return node.items.map((item) => emitNode(item, utf, n)).join('');
    case 'alt':
      return node.branches.map((branch) => emitNode(branch, utf, n)).join('|');
  }
}

/** Translates a parsed PCRE pattern into JS RegExp source and flags. */
export function emitJs(
  parsed: PcreParseResult,
  options: EmitOptions,
): JsRegexSource {
  const caseless = caselessMode(parsed.root, options.utf);
  const body = emitNode(parsed.root, options.utf, numberGroups(parsed.root));
  const source = options.anchored ? `${ASSERTS.bos}(?:${body})` : body;
  return { source, flags: `${caseless ? 'i' : ''}${options.utf ? 'v' : ''}` };
}
