import type { CoreFormatFetchPort, CoreFormatResult, JsonRecord } from '../core-format.types';

/** Freezes every nested object/array, so that any write by the converter throws (specs run strict). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

export function okData(result: CoreFormatResult): JsonRecord {
  if (!result.ok) throw new Error(`expected a conversion, got: ${result.error.message}`);
  return result.data;
}

/** Reads a path of keys/indexes (test convenience; the converter itself never needs it). */
export function at(value: unknown, ...path: (string | number)[]): unknown {
  let current = value;
  for (const key of path) current = (current as Record<string | number, unknown> | undefined)?.[key];
  return current;
}

type Rows = Record<string, unknown>;
export type FakeMisp = { events?: Rows; attributes?: Rows; objects?: Rows; threads?: Rows };

/** A fetch port backed by in-memory rows; `calls` records `kind:id` in call order. */
export function fakePort(misp: FakeMisp): CoreFormatFetchPort & { calls: string[] } {
  const calls: string[] = [];
  const lookup = (kind: string, rows: Rows | undefined) => (id: string) => {
    calls.push(`${kind}:${id}`);
    return Promise.resolve(rows?.[id] ?? null);
  };
  return {
    calls,
    event: lookup('event', misp.events),
    attribute: lookup('attribute', misp.attributes),
    object: lookup('object', misp.objects),
    thread: lookup('thread', misp.threads),
  };
}
