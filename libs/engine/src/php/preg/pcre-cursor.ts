import { PcreNode, PcreSyntaxError } from './pcre-ast';

/** Reading position over the code points of a pattern, plus state shared by the parser parts. */
export class PcreCursor {
  pos = 0;
  groupCount = 0;
  readonly names = new Map<string, number>();
  readonly backrefs: (number | string)[] = [];

  constructor(
    readonly cps: readonly number[],
    readonly utf: boolean,
    readonly dollarEndOnly: boolean,
  ) {}

  get done(): boolean {
    return this.pos >= this.cps.length;
  }

  peek(offset = 0): number | undefined {
    return this.cps[this.pos + offset];
  }

  /** True when the next code points spell `text` (ASCII). */
  at(text: string, offset = 0): boolean {
    for (let i = 0; i < text.length; i++)
      if (this.cps[this.pos + offset + i] !== text.charCodeAt(i)) return false;
    return true;
  }

  eat(text: string): boolean {
    if (!this.at(text)) return false;
    this.pos += text.length;
    return true;
  }

  next(): number {
    if (this.done) throw new PcreSyntaxError('unexpected end of pattern');
    return this.cps[this.pos++];
  }

  /** Reads code points while `test` holds, as a string (only used for ASCII syntax). */
  readWhile(test: (cp: number) => boolean): string {
    let out = '';
    while (!this.done && test(this.cps[this.pos]))
      out += String.fromCodePoint(this.cps[this.pos++]);
    return out;
  }

  /** Reads `name` followed by `close`; the name must be a PCRE group name. */
  readName(close: string): string {
    const name = this.readWhile((c) => c !== close.charCodeAt(0));
    if (!this.eat(close))
      throw new PcreSyntaxError(`missing ${close} after a group name`);
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,31}$/.test(name))
      throw new PcreSyntaxError(`invalid group name "${name}"`);
    return name;
  }

  backref(ref: number | string, caseless: boolean): PcreNode {
    this.backrefs.push(ref);
    return { kind: 'backref', ref, caseless };
  }
}

export const isDigit = (c: number | undefined): boolean =>
  c !== undefined && c >= 48 && c <= 57;
export const isOctal = (c: number | undefined): boolean =>
  c !== undefined && c >= 48 && c <= 55;
export const isHex = (c: number | undefined): boolean =>
  c !== undefined &&
  ((c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102));
export const isAsciiAlnum = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
