import { PcreNode, PregReDoSError } from './pcre-ast';

/**
 * ReDoS guard. PHP survives catastrophic backtracking because PCRE stops at pcre.backtrack_limit
 * (preg_match then returns false); a JS RegExp cannot be interrupted, so a catastrophic pattern
 * would hang the process. Patterns whose backtracking can be exponential are therefore rejected
 * before they run (PregReDoSError), whatever the subject:
 *
 * 1. nested quantifiers: a repeated item (max > 1, not possessive) containing a variable
 *    quantifier (max > min), e.g. `(a+)+`, `(\w+\s?)*`, `(.*a){3}` — unless both are bounded
 *    and the product of their maxima is at most 1000, so `(\d{1,3}\.){3}` stays allowed;
 * 2. ambiguous alternation under a repeat with max > 16: alternatives that may start with the
 *    same character or may match the empty string, e.g. `(a|aa)+`, `(a|a?)*`, `(\w|\d)+`.
 *    "Start with the same character" is approximated: a literal character is precise, anything
 *    else (class, dot, back reference) counts as "any character".
 *
 * Atomic groups and possessive quantifiers never backtrack into their content once matched, so
 * they reset the analysis. The guard is conservative: some harmless patterns (`(\d+\.)+`) are
 * refused. Polynomial blow-ups (`\d+\d+\d+x` on a long subject) are not detected.
 */
const NESTING_BUDGET = 1000;
const ALTERNATION_REPEAT_LIMIT = 16;

type FirstInfo = {
  readonly chars: ReadonlySet<number> | null;
  readonly nullable: boolean;
};
const ANY: FirstInfo = { chars: null, nullable: false };
const NOTHING: FirstInfo = { chars: new Set(), nullable: true };

function union(
  a: ReadonlySet<number> | null,
  b: ReadonlySet<number> | null,
): ReadonlySet<number> | null {
  return a === null || b === null ? null : new Set([...a, ...b]);
}

function caseVariants(cp: number, caseless: boolean): Set<number> {
  if (!caseless) return new Set([cp]);
  const c = String.fromCodePoint(cp);
  return new Set([
    cp,
    c.toLowerCase().codePointAt(0) ?? cp,
    c.toUpperCase().codePointAt(0) ?? cp,
  ]);
}

/** Characters an item can start with (null = any) and whether it can match the empty string. */
function firstInfo(node: PcreNode): FirstInfo {
  switch (node.kind) {
    case 'char':
      return { chars: caseVariants(node.cp, node.caseless), nullable: false };
    case 'set':
    case 'dot':
      return ANY;
    case 'backref':
      return { chars: null, nullable: true };
    case 'group':
    case 'atomic':
      return firstInfo(node.body);
    case 'quant': {
      const inner = firstInfo(node.body);
      return { chars: inner.chars, nullable: inner.nullable || node.min === 0 };
    }
    case 'seq':
      return node.items.reduce<FirstInfo>((acc, item) => {
        if (!acc.nullable) return acc;
        const next = firstInfo(item);
        return { chars: union(acc.chars, next.chars), nullable: next.nullable };
      }, NOTHING);
    case 'alt':
      return node.branches.map(firstInfo).reduce((a, b) => ({
        chars: union(a.chars, b.chars),
        nullable: a.nullable || b.nullable,
      }));
    default:
      return NOTHING;
  }
}

function overlaps(
  a: ReadonlySet<number> | null,
  b: ReadonlySet<number> | null,
): boolean {
  if (a === null || b === null) return true;
  for (const c of a) if (b.has(c)) return true;
  return false;
}

function checkAlternation(
  node: Extract<PcreNode, { kind: 'alt' }>,
  pattern: string,
): void {
  const infos = node.branches.map(firstInfo);
  const ambiguous =
    infos.some((x) => x.nullable) ||
    infos.some((x, i) =>
      infos.slice(i + 1).some((y) => overlaps(x.chars, y.chars)),
    );
  if (ambiguous) {
    throw new PregReDoSError(
      `regular expression ${pattern} rejected: a repeated alternation whose branches can match the same text may backtrack catastrophically (ReDoS)`,
    );
  }
}

function checkQuant(
  node: Extract<PcreNode, { kind: 'quant' }>,
  outerMax: number | null,
  pattern: string,
): number | null {
  if (node.possessive) return null;
  if (outerMax !== null && node.max > node.min) {
    const product = outerMax * node.max;
    if (!Number.isFinite(product) || product > NESTING_BUDGET) {
      throw new PregReDoSError(
        `regular expression ${pattern} rejected: nested quantifiers (like (a+)+) may backtrack catastrophically (ReDoS)`,
      );
    }
  }
  if (node.max <= 1) return outerMax;
  return outerMax === null ? node.max : outerMax * node.max;
}

function visit(node: PcreNode, outerMax: number | null, pattern: string): void {
  switch (node.kind) {
    case 'quant': {
      const inner = checkQuant(node, outerMax, pattern);
      visit(node.body, node.possessive ? null : inner, pattern);
      return;
    }
    case 'atomic':
      visit(node.body, null, pattern);
      return;
    case 'alt':
      if (outerMax !== null && outerMax > ALTERNATION_REPEAT_LIMIT)
        checkAlternation(node, pattern);
      node.branches.forEach((b) => visit(b, outerMax, pattern));
      return;
    case 'seq':
      node.items.forEach((item) => visit(item, outerMax, pattern));
      return;
    case 'group':
    case 'look':
      visit(node.body, outerMax, pattern);
      return;
    default:
      return;
  }
}

/** Throws PregReDoSError when the pattern can backtrack exponentially (see the rules above). */
export function assertNoCatastrophicBacktracking(
  root: PcreNode,
  pattern: string,
): void {
  visit(root, null, pattern);
}
