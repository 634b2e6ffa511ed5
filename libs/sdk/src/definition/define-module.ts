import type { ParamSpec } from '../params/param-types';
import type { ModuleDefinition } from './module-definition';

export class ModuleDefinitionError extends Error {
  constructor(
    readonly moduleId: string,
    readonly field: string,
    problem: string,
  ) {
    super(`Module "${moduleId}": ${field} ${problem}`);
    this.name = 'ModuleDefinitionError';
  }
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const TYPES = ['trigger', 'logic', 'action'];
const KINDS = ['input', 'textarea', 'checkbox', 'select', 'radio', 'picker', 'hashpath'];

/**
 * Declares a module. Validates the definition when the module is loaded and returns it unchanged, typed:
 * `run` receives `params` with the types the param builders declared.
 * @throws ModuleDefinitionError naming the module and the field at fault.
 */
export function defineModule<const P extends Record<string, ParamSpec> = Record<string, never>>(
  definition: ModuleDefinition<P>,
): ModuleDefinition<P> {
  validateDefinition(definition);
  return definition;
}

/** The checks of `defineModule`, also run by the platform on modules it loads from outside. */
export function validateDefinition(definition: unknown): asserts definition is ModuleDefinition {
  if (typeof definition !== 'object' || definition === null) throw new ModuleDefinitionError('?', 'definition', 'must be an object');
  const d = definition as Record<string, unknown>;
  const id = typeof d['id'] === 'string' ? d['id'] : '?';
  const bad = (field: string, problem: string) => new ModuleDefinitionError(id, field, problem);
  if (!ID.test(id)) throw bad('id', 'must be 1-100 letters, digits, "-" or "_", starting with a letter or digit');
  if (typeof d['version'] !== 'string' || !SEMVER.test(d['version'])) throw bad('version', 'must be a semver version like 1.0.0');
  if (!TYPES.includes(String(d['type']))) throw bad('type', 'must be "trigger", "logic" or "action"');
  for (const field of ['name', 'description']) {
    if (typeof d[field] !== 'string' || d[field] === '') throw bad(field, 'must be a non-empty string');
  }
  if (d['run'] !== undefined && typeof d['run'] !== 'function') throw bad('run', 'must be a function');
  if (d['run'] === undefined && d['type'] !== 'trigger') throw bad('run', 'is required for logic and action modules');
  const outputs = d['outputs'];
  if (outputs !== undefined && (!Number.isInteger(outputs) || Number(outputs) < 0 || Number(outputs) > 20)) {
    throw bad('outputs', 'must be an integer between 0 and 20');
  }
  validateParams(d['params'], bad);
}

function validateParams(params: unknown, bad: (field: string, problem: string) => Error): void {
  if (params === undefined) return;
  if (typeof params !== 'object' || params === null || Array.isArray(params)) throw bad('params', 'must be an object of param builders');
  for (const [key, spec] of Object.entries(params)) {
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(key)) throw bad(`params.${key}`, 'has an invalid param id');
    const s = typeof spec === 'object' && spec !== null ? (spec as Record<string, unknown>) : {};
    if (!KINDS.includes(String(s['kind']))) throw bad(`params.${key}`, 'must be built with a param builder (param.input, …)');
    if (typeof s['label'] !== 'string' || s['label'] === '') throw bad(`params.${key}.label`, 'must be a non-empty string');
    const options = s['options'];
    if ((s['kind'] === 'select' || s['kind'] === 'radio') && (!Array.isArray(options) || options.length === 0)) {
      throw bad(`params.${key}.options`, 'must list at least one option');
    }
    if (Array.isArray(options) && s['default'] !== undefined && typeof s['default'] === 'string') {
      const values = options.map((o: { value?: unknown }) => o.value);
      if (!values.includes(s['default'])) throw bad(`params.${key}.default`, `must be one of the options (${values.join(', ')})`);
    }
  }
}
