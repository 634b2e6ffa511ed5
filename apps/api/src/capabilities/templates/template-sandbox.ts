import * as nunjucks from 'nunjucks';

/**
 * nunjucks has no sandbox of its own: a template can walk from any function to `Function` through
 * `constructor` and run code (`{{ range.constructor("return process")() }}`). Compiled templates resolve
 * every `a.b` / `a[b]` through `runtime.memberLookup` and every bare name through
 * `runtime.contextOrFrameLookup`, so guarding those two is enough to confine templates to the data:
 *
 * - names that lead to prototypes or constructors are refused with an error;
 * - a member is read only when it is the value's own property (the data's keys, list items, `length`),
 *   or one of a few read-only Jinja methods below; everything inherited (`valueOf`, `call`, `bind`, array
 *   mutators, …) reads as undefined;
 * - a bare name never resolves to something inherited from `Object.prototype`.
 *
 * The runtime is a module singleton, so the guard applies to every nunjucks template in the process; the
 * platform has no other use of nunjucks. Decision 0011.
 */

const BLOCKED = new Set(['constructor', '__proto__', 'prototype', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__']);

type Runtime = {
  memberLookup: (obj: unknown, val: unknown, ...rest: unknown[]) => unknown;
  contextOrFrameLookup: (context: LookupContext, frame: LookupFrame, name: string) => unknown;
  __mwpSandboxed?: boolean;
};
type LookupFrame = { variables?: Record<string, unknown>; parent?: LookupFrame | null };
type LookupContext = { ctx?: Record<string, unknown>; env?: { globals?: Record<string, unknown> } };

/** The read-only part of Jinja's str and dict methods that templates written for MISP use. */
const STRING_METHODS: Record<string, (s: string, ...args: unknown[]) => unknown> = {
  upper: (s) => s.toUpperCase(),
  lower: (s) => s.toLowerCase(),
  strip: (s) => s.trim(),
  startswith: (s, prefix) => s.startsWith(String(prefix)),
  endswith: (s, suffix) => s.endsWith(String(suffix)),
  split: (s, sep) => (sep === undefined || sep === null ? s.trim().split(/\s+/) : s.split(String(sep))),
  replace: (s, from, to) => s.split(String(from)).join(String(to)),
};
const DICT_METHODS: Record<string, (d: Record<string, unknown>, ...args: unknown[]) => unknown> = {
  items: (d) => Object.entries(d),
  keys: (d) => Object.keys(d),
  values: (d) => Object.values(d),
  get: (d, key, fallback = null) => (Object.hasOwn(d, String(key)) ? d[String(key)] : fallback),
};

export class SandboxViolation extends Error {}

function refuse(name: string): never {
  throw new SandboxViolation(`access to \`${name}\` is not allowed in templates`);
}

function guardedMember(obj: unknown, val: unknown): unknown {
  if (obj === undefined || obj === null) return undefined;
  const key = String(val);
  if (BLOCKED.has(key)) refuse(key);
  const boxed = Object(obj) as Record<string, unknown>;
  if (Object.hasOwn(boxed, key)) {
    const value = boxed[key];
    // As nunjucks does: a function read from an object is called with that object as `this`.
    return typeof value === 'function' ? (...args: unknown[]) => (value as (...a: unknown[]) => unknown).apply(obj, args) : value;
  }
  if (typeof obj === 'string' && Object.hasOwn(STRING_METHODS, key)) return (...args: unknown[]) => STRING_METHODS[key](obj, ...args);
  if (isPlainObject(obj) && Object.hasOwn(DICT_METHODS, key)) return (...args: unknown[]) => DICT_METHODS[key](obj, ...args);
  return undefined;
}

function ownLookup(context: LookupContext, frame: LookupFrame, name: string): unknown {
  for (let f: LookupFrame | null | undefined = frame; f; f = f.parent) {
    if (f.variables && Object.hasOwn(f.variables, name) && f.variables[name] !== undefined) return f.variables[name];
  }
  if (context.ctx && Object.hasOwn(context.ctx, name)) return context.ctx[name];
  const globals = context.env?.globals;
  if (globals && Object.hasOwn(globals, name)) return globals[name];
  return undefined;
}

const JINJA_LITERALS: Record<string, unknown> = { True: true, False: false, None: null };

export function installTemplateSandbox(): void {
  const runtime = (nunjucks as unknown as { runtime: Runtime }).runtime;
  if (runtime.__mwpSandboxed) return;
  const original = runtime.contextOrFrameLookup;
  runtime.memberLookup = guardedMember;
  runtime.contextOrFrameLookup = (context, frame, name) => {
    if (BLOCKED.has(name)) refuse(name);
    // `{{ valueOf() }}` would otherwise hand out the render context, and with it the environment.
    const value = name in Object.prototype ? ownLookup(context, frame, name) : original(context, frame, name);
    if (value !== undefined) return value;
    return Object.hasOwn(JINJA_LITERALS, name) ? JINJA_LITERALS[name] : undefined;
  };
  runtime.__mwpSandboxed = true;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
