/**
 * JSON text of `value`, cut at `maxBytes` characters without serialising the rest: a 10,000-attribute
 * event must not cost a full `JSON.stringify` per traced step.
 */
export function boundedPreview(value: unknown, maxBytes: number): string {
  const out: string[] = [];
  let size = 0;
  const push = (s: string): boolean => {
    out.push(s);
    size += s.length;
    return size < maxBytes;
  };
  write(value, push, new Set());
  const text = out.join('');
  return text.length > maxBytes ? `${text.slice(0, maxBytes)}…` : text;
}

type Push = (s: string) => boolean;

function write(value: unknown, push: Push, seen: Set<object>): boolean {
  if (value === null || typeof value !== 'object') return push(scalar(value));
  if (seen.has(value)) return push('"[circular]"');
  seen.add(value);
  const isArray = Array.isArray(value);
  if (!push(isArray ? '[' : '{')) return false;
  let first = true;
  for (const [k, v] of Object.entries(value)) {
    if (!first && !push(',')) return false;
    first = false;
    if (!isArray && !push(`${JSON.stringify(k)}:`)) return false;
    if (!write(v, push, seen)) return false;
  }
  seen.delete(value);
  return push(isArray ? ']' : '}');
}

function scalar(value: unknown): string {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return 'null';
  if (typeof value === 'bigint') return value.toString();
  return JSON.stringify(value);
}
