import { isRecord } from './is-record';
import { memberPath } from './member-path';
import type { Parsed } from './parse-graph.types';

// Deep copy of a JSON value that refuses anything JSON cannot carry, so that a parsed graph never
// aliases its input and `JSON.stringify(graph)` is always deep-equal to what was parsed. Shared
// (non-cyclic) sub-objects are allowed; cycles are reported instead of overflowing the stack.
export function cloneJsonValue({
  value,
  path,
}: {
  value: unknown;
  path: string;
}): Parsed<unknown> {
  const errors: string[] = [];
  const copy = cloneInto({ value, path, errors, ancestors: new Set() });
  return errors.length === 0
    ? { ok: true, value: copy }
    : { ok: false, errors };
}

type CloneState = {
  value: unknown;
  path: string;
  errors: string[];
  ancestors: Set<object>;
};

function cloneInto({ value, path, errors, ancestors }: CloneState): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean')
    return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      errors.push(`${path}: ${String(value)} is not a JSON number`);
    return value;
  }
  if (!Array.isArray(value) && !isRecord(value)) {
    errors.push(`${path}: ${describeNonJson(value)} is not a JSON value`);
    return null;
  }
  if (ancestors.has(value)) {
    errors.push(`${path}: the value contains itself (circular reference)`);
    return null;
  }
  ancestors.add(value);
  const copy = Array.isArray(value)
    ? value.map((item: unknown, i) =>
        cloneInto({ value: item, path: `${path}[${i}]`, errors, ancestors }),
      )
    : cloneEntries({ value, path, errors, ancestors });
  ancestors.delete(value);
  return copy;
}

function cloneEntries({
  value,
  path,
  errors,
  ancestors,
}: CloneState): Record<string, unknown> {
  if (!isRecord(value)) return {};
  // Object.fromEntries defines properties, so a "__proto__" key stays an ordinary key as in JSON.parse.
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      cloneInto({
        value: item,
        path: `${path}${memberPath(key)}`,
        errors,
        ancestors,
      }),
    ]),
  );
}

function describeNonJson(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'object') return Object.prototype.toString.call(value);
  return `a ${typeof value}`;
}
