import type { JsonValue } from './module-types';

/**
 * A tiny stand-in for the Jinja2 rendering done by misp-modules: only `{{ dotted.path }}`,
 * `{{ list[0] }}` and `{{ obj['key'] }}` are understood. Anything else (filters, statements, operators)
 * is left verbatim so a test sees at once that the fake did not render it.
 */
const EXPRESSION = /\{\{\s*(.*?)\s*\}\}/g;
const PATH = /^[A-Za-z_][\w-]*(?:\.[\w-]+|\[\d+\]|\[(['"])[^'"]*\1\])*$/;

export function renderTemplate(template: string, data: JsonValue): string {
  return template.replace(EXPRESSION, (whole: string, expression: string) =>
    PATH.test(expression) ? toPythonString(lookup(data, expression)) : whole,
  );
}

function lookup(data: JsonValue, expression: string): JsonValue | undefined {
  const keys = expression.replace(/\[(['"]?)([^\]'"]*)\1\]/g, '.$2').split('.');
  let current: JsonValue | undefined = data;
  for (const key of keys) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Array.isArray(current) ? current[Number(key)] : current[key];
  }
  return current;
}

/** Jinja prints values with Python's `str()`; an undefined variable prints as nothing. */
export function toPythonString(value: JsonValue | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : toPythonRepr(value);
}

function toPythonRepr(value: JsonValue): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (Array.isArray(value)) return `[${value.map(toPythonRepr).join(', ')}]`;
  return `{${Object.entries(value)
    .map(([key, item]) => `${toPythonRepr(key)}: ${toPythonRepr(item)}`)
    .join(', ')}}`;
}

/** Python's `json.dumps(value)` defaults: `", "` / `": "` separators and non-ASCII escaped. */
export function pythonJsonDumps(value: JsonValue): string {
  if (Array.isArray(value)) return `[${value.map(pythonJsonDumps).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([key, item]) => `${asciiJson(key)}: ${pythonJsonDumps(item)}`)
      .join(', ')}}`;
  }
  return asciiJson(value);
}

function asciiJson(value: JsonValue): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
