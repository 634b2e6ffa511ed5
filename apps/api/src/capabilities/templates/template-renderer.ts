import * as nunjucks from 'nunjucks';
import { TemplateError } from '@misp-wf/sdk';
import { installTemplateSandbox, SandboxViolation } from './template-sandbox';

installTemplateSandbox();

/** Jinja2's sandbox caps `range()` too: a template must not allocate without bound. */
const MAX_RANGE = 10_000;
const CACHE_SIZE = 256;

function cappedRange(start: number, stop?: number, step = 1): number[] {
  const [from, to] = stop === undefined ? [0, Number(start)] : [Number(start), Number(stop)];
  if (!Number.isFinite(from) || !Number.isFinite(to) || !Number.isFinite(step) || step === 0) throw new SandboxViolation('range() needs finite numbers and a non-zero step');
  const count = Math.max(0, Math.ceil((to - from) / step));
  if (count > MAX_RANGE) throw new SandboxViolation(`range() is limited to ${MAX_RANGE} items`);
  return Array.from({ length: count }, (_, i) => from + i * step);
}

/**
 * No loaders, so `{% include %}`, `{% import %}` and `{% extends %}` cannot read files; no autoescape, since
 * MISP renders parameters as plain text.
 */
function createEnvironment(): nunjucks.Environment {
  const env = new nunjucks.Environment([], { autoescape: false, throwOnUndefined: false });
  env.addGlobal('range', cappedRange);
  // Filters and tests are looked up by name on plain objects: only their own entries are filters.
  const filters = (env as unknown as { filters: Record<string, unknown> }).filters;
  const tests = (env as unknown as { tests: Record<string, unknown> }).tests;
  Object.assign(env, {
    getFilter: (name: string) => {
      if (!Object.hasOwn(filters, name)) throw new SandboxViolation(`filter not found: ${name}`);
      return filters[name];
    },
    getTest: (name: string) => {
      if (!Object.hasOwn(tests, name)) throw new SandboxViolation(`test not found: ${name}`);
      return tests[name];
    },
  });
  return env;
}

const env = createEnvironment();
const compiled = new Map<string, nunjucks.Template>();

function compile(template: string): nunjucks.Template {
  const cached = compiled.get(template);
  if (cached) return cached;
  const tmpl = new nunjucks.Template(template, env, undefined, true);
  if (compiled.size >= CACHE_SIZE) compiled.delete(compiled.keys().next().value as string);
  compiled.set(template, tmpl);
  return tmpl;
}

/**
 * Renders a Jinja template, sandboxed, with the context's top-level keys as variables (`{{ Event.info }}`
 * against the roaming data), as MISP's `jinja_template_rendering` does. Throws a `TemplateError` naming
 * what went wrong, for a template that does not parse or fails while rendering.
 */
export function renderTemplate(template: string, context: Record<string, unknown> = {}): string {
  try {
    return compile(template).render(variables(context));
  } catch (error) {
    throw new TemplateError(`Could not render the template: ${describe(error)}`);
  }
}

/** A copy of the top-level keys: `__proto__` as a data key would otherwise become the copy's prototype. */
function variables(context: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof context !== 'object' || context === null) return out;
  for (const [key, value] of Object.entries(context)) if (key !== '__proto__') out[key] = value;
  return out;
}

/** nunjucks' message without its boilerplate: `[Line 1, Column 9] unknown block tag: endfor`. */
function describe(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  return raw
    .replace(/Template render error: /g, '')
    .replace(/\(unknown path\)\s*/g, '')
    .replace(/(^|\s)Error: /g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
