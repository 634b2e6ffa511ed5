import { isPhpArray, phpCastArray, phpEntries, phpIsNumeric } from '../php';
import { matchesConditions } from './hash-conditions';
import { matchToken, splitConditions } from './hash-path';

export type ExtractFn = (data: unknown, out: unknown[]) => void;

const PROTOTYPE_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * Compiles a tokenised `Hash::extract` path into one straight-line function of nested loops, the shape a
 * hand-written loop has: V8 then optimises each path on its own instead of sharing polymorphic closures
 * across all paths. Values are produced in CakePHP's order (each token maps every item to its matches,
 * in order). Only plain keys, `{n}`, `{*}` and conditions are compiled; `undefined` means "use the
 * generic path" (`{s}`, numeric tokens).
 */
export function compileExtract(tokens: readonly string[]): ExtractFn | undefined {
  const parts = tokens.map((token) => splitConditions(token));
  if (parts.some(([name]) => name === '{s}' || (name !== '{n}' && name !== '{*}' && phpIsNumeric(name)))) return undefined;
  const conditions = parts.map(([, c]) => c);
  const body = emit(parts.map(([name]) => name), conditions.map((c) => c !== null), 0, 'data');
  // The generated code only reads properties and calls the helpers passed in; path text is embedded as
  // JSON string literals, never as code.
  const factory = new Function('h', `"use strict"; return function extract(data, out) {\n${body}\n};`) as (h: Helpers) => ExtractFn;
  return factory({ listOf, accepts: (value: unknown, i: number) => acceptsCondition(value, conditions[i]), own });
}

type Helpers = {
  listOf: (item: unknown, token: string) => readonly unknown[];
  accepts: (value: unknown, tokenIndex: number) => boolean;
  own: (item: object, key: string) => boolean;
};

function emit(names: readonly string[], guarded: readonly boolean[], i: number, source: string): string {
  if (i === names.length) return `out.push(${source});`;
  const v = `v${i}`;
  const guard = guarded[i] ? `if (h.accepts(${v}, ${i}))` : '';
  const name = names[i];
  if (name === '{n}' || name === '{*}') {
    const list = `l${i}`;
    const index = `i${i}`;
    return [
      `const ${list} = Array.isArray(${source}) ? ${source} : h.listOf(${source}, ${JSON.stringify(name)});`,
      `for (let ${index} = 0; ${index} < ${list}.length; ${index}++) {`,
      `const ${v} = ${list}[${index}]; if (${v} === undefined && !(${index} in ${list})) continue;`,
      `${guard} { ${emit(names, guarded, i + 1, v)} }`,
      `}`,
    ].join('\n');
  }
  const key = JSON.stringify(name);
  const ownCheck = PROTOTYPE_KEYS.has(name) ? ` && h.own(${source}, ${key})` : '';
  return [
    `if (typeof ${source} === 'object' && ${source} !== null && !Array.isArray(${source})) {`,
    `const ${v} = ${source}[${key}];`,
    `if (${v} !== undefined${ownCheck}) ${guard} { ${emit(names, guarded, i + 1, v)} }`,
    `}`,
  ].join('\n');
}

/** `{n}` / `{*}` over something that is not a JS list (a map with numeric keys, or a scalar as `[scalar]`). */
function listOf(item: unknown, token: string): readonly unknown[] {
  const out: unknown[] = [];
  for (const [key, value] of phpEntries(phpCastArray(item))) if (matchToken(key, token)) out.push(value);
  return out;
}

function acceptsCondition(value: unknown, conditions: string | null): boolean {
  return conditions === null || (isPhpArray(value) && matchesConditions(value, conditions));
}

function own(item: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(item, key);
}
