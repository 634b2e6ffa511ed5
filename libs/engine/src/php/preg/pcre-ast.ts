/**
 * Syntax tree of a PCRE pattern, produced by `parsePcre` and turned into a JS RegExp by `emitJs`.
 * Code points are UTF-8 bytes (0..255) without the `u` modifier, Unicode code points with it.
 */

/** Pattern options that can change inside the pattern with `(?i)`, `(?s:...)` etc. */
export type PcreFlags = {
  i: boolean;
  m: boolean;
  s: boolean;
  x: boolean;
  U: boolean;
  n: boolean;
  J: boolean;
};

export type ClassEscapeName =
  | 'd'
  | 'D'
  | 'w'
  | 'W'
  | 's'
  | 'S'
  | 'h'
  | 'H'
  | 'v'
  | 'V';

export type SetItem =
  | { readonly kind: 'range'; readonly from: number; readonly to: number }
  | { readonly kind: 'escape'; readonly name: ClassEscapeName }
  | { readonly kind: 'posix'; readonly name: string; readonly negated: boolean }
  | {
      readonly kind: 'property';
      readonly name: string;
      readonly negated: boolean;
    };

/**
 * bos/eos: start/end of subject; eosNl: end or before a final "\n" (PCRE `$`, `\Z`);
 * mStart/mEnd: `^`/`$` in multiline mode (newline = "\n" only, PCRE's default).
 */
export type AssertName =
  | 'bos'
  | 'eos'
  | 'eosNl'
  | 'mStart'
  | 'mEnd'
  | 'wordB'
  | 'nonWordB';

export type PcreNode =
  | { readonly kind: 'empty' }
  | { readonly kind: 'char'; readonly cp: number; readonly caseless: boolean }
  | {
      readonly kind: 'set';
      readonly negated: boolean;
      readonly items: readonly SetItem[];
      readonly caseless: boolean;
    }
  | { readonly kind: 'dot'; readonly dotAll: boolean }
  | { readonly kind: 'assert'; readonly name: AssertName }
  | {
      readonly kind: 'group';
      readonly index: number | null;
      readonly name: string | null;
      readonly body: PcreNode;
    }
  | {
      readonly kind: 'look';
      readonly behind: boolean;
      readonly negate: boolean;
      readonly body: PcreNode;
    }
  | { readonly kind: 'atomic'; readonly body: PcreNode }
  | {
      readonly kind: 'backref';
      readonly ref: number | string;
      readonly caseless: boolean;
    }
  | {
      readonly kind: 'quant';
      readonly body: PcreNode;
      readonly min: number;
      readonly max: number;
      readonly lazy: boolean;
      readonly possessive: boolean;
    }
  | { readonly kind: 'seq'; readonly items: readonly PcreNode[] }
  | { readonly kind: 'alt'; readonly branches: readonly PcreNode[] };

export type PcreParseResult = {
  readonly root: PcreNode;
  readonly groupCount: number;
  readonly names: ReadonlyMap<string, number>;
};

/** The pattern is invalid for PCRE too: PHP's preg_match() warns and returns false. */
export class PcreSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PcreSyntaxError';
  }
}

/** Base class of the errors thrown for patterns this port refuses to run. */
export class PregError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PregError';
  }
}

/** A valid PCRE construct that has no faithful JavaScript RegExp equivalent. */
export class PregUnsupportedError extends PregError {
  constructor(message: string) {
    super(message);
    this.name = 'PregUnsupportedError';
  }
}

/** A pattern rejected before running because it can backtrack catastrophically (ReDoS). */
export class PregReDoSError extends PregError {
  constructor(message: string) {
    super(message);
    this.name = 'PregReDoSError';
  }
}
