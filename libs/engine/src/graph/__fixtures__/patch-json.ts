// Test helper: a deep copy of some JSON with changes applied at dotted paths, to break one thing in a
// valid graph without `any`:  patchJson(raw, { '2.outputs': 'x', '1.name': REMOVE }).
export const REMOVE = Symbol('remove');

type Container = Record<string, unknown> | unknown[];

export function patchJson(
  value: unknown,
  changes: { readonly [path: string]: unknown },
): unknown {
  const copy: unknown = JSON.parse(JSON.stringify(value));
  for (const [path, change] of Object.entries(changes))
    patchJsonInPlace(copy, path, change);
  return copy;
}

// Same, on the value itself (to show that a parsed graph does not alias its input).
export function patchJsonInPlace(
  target: unknown,
  path: string,
  change: unknown,
): void {
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  const parent = keys.reduce<unknown>(
    (at, key) => (isContainer(at) ? read(at, key) : undefined),
    target,
  );
  if (!isContainer(parent))
    throw new Error(`patchJson: no container at ${path}`);
  if (change === REMOVE) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (Array.isArray(parent)) {
    parent[Number(last)] = change;
  } else {
    parent[last] = change;
  }
}

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

function read(container: Container, key: string): unknown {
  return Array.isArray(container) ? container[Number(key)] : container[key];
}
