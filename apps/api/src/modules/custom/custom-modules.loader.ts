import { relative } from 'node:path';
import type { BuiltinModule } from '@misp-wf/modules-core';
import { validateDefinition } from '@misp-wf/sdk';
import { modulesDirSources, npmPackageSources, type CustomSource } from './custom-module-sources';
import { forgetCachedFiles, loadModuleFile } from './load-module-file';
import { readModulePackage } from './module-package';

/** What a custom module declared about itself, as far as it could be read (for the index entry). */
export type DeclaredModule = { id?: string; name?: string; type?: string; version?: string; description?: string };

/** One custom module: loaded and valid, or broken with the reason (and never runnable). */
export type CustomLoad =
  | { ok: true; definition: BuiltinModule; origin: string }
  | { ok: false; origin: string; error: string; declared: DeclaredModule };

/**
 * Loads every custom module (contract §9): files and packages of `CUSTOM_MODULES_DIR`, then the npm packages
 * of `Plugin.Workflow_custom_module_packages`. Never throws: whatever goes wrong is a `CustomLoad` error.
 */
export function loadCustomModules(args: { dir: string; packages: string[]; searchPaths: string[] }): CustomLoad[] {
  let sources: CustomSource[];
  try {
    sources = [...modulesDirSources(args.dir), ...npmPackageSources(args.packages, args.searchPaths)];
  } catch (error) {
    // An unreadable folder (permissions, a file where a folder should be) must not stop the platform.
    return [broken(args.dir, `Could not read the custom modules: ${messageOf(error)}`)];
  }
  forgetCachedFiles(args.dir);
  for (const source of sources) if (source.kind === 'package') forgetCachedFiles(source.root);
  return sources.flatMap(loadSource);
}

function loadSource(source: CustomSource): CustomLoad[] {
  switch (source.kind) {
    case 'invalid':
      return [broken(source.origin, source.error)];
    case 'file':
      return loadEntry(source.file, source.origin);
    case 'package': {
      const read = readModulePackage(source.root);
      if (!read.ok) return [broken(source.origin, read.error)];
      const prefix = source.origin.endsWith('/') ? source.origin : `${source.origin}/`;
      return read.pkg.entries.flatMap((entry) => loadEntry(entry, prefix + relative(read.pkg.root, entry)));
    }
    default: {
      const unreachable: never = source;
      return [broken('?', `unknown module source ${JSON.stringify(unreachable)}`)];
    }
  }
}

function loadEntry(file: string, origin: string): CustomLoad[] {
  let exported: unknown;
  try {
    exported = loadModuleFile(file);
  } catch (error) {
    return [broken(origin, `Could not load ${origin}: ${describeLoadError(error, file, origin)}`)];
  }
  const definitions = definitionsOf(exported);
  if (definitions.length === 0) {
    return [broken(origin, `${origin} exports no module definition (use \`module.exports = defineModule({...})\` or \`export default defineModule({...})\`)`)];
  }
  return definitions.map((definition) => validate(definition, origin));
}

function validate(definition: unknown, origin: string): CustomLoad {
  const declared = declaredOf(definition);
  try {
    validateDefinition(definition);
  } catch (error) {
    return broken(origin, `${origin}: ${messageOf(error)}`, declared);
  }
  if (definition.type === 'trigger') {
    return broken(origin, `${origin}: module "${definition.id}" is a trigger; custom triggers are not supported (MISP has none either)`, declared);
  }
  const loaded: BuiltinModule = definition;
  return { ok: true, definition: loaded, origin };
}

/**
 * `module.exports = def`, `module.exports = [defs]`, `export default def | [defs]`, or named exports that
 * are definitions (objects with an `id`).
 */
function definitionsOf(exported: unknown): unknown[] {
  if (!isRecord(exported)) return Array.isArray(exported) ? exported : [];
  if (exported['default'] !== undefined) {
    const value = exported['default'];
    return Array.isArray(value) ? value : [value];
  }
  if ('id' in exported) return [exported];
  return Object.values(exported).filter((v) => isRecord(v) && 'id' in v);
}

function declaredOf(definition: unknown): DeclaredModule {
  if (!isRecord(definition)) return {};
  const read = (key: string) => (typeof definition[key] === 'string' && definition[key] !== '' ? String(definition[key]) : undefined);
  return { id: read('id'), name: read('name'), type: read('type'), version: read('version'), description: read('description') };
}

function broken(origin: string, error: string, declared: DeclaredModule = {}): CustomLoad {
  return { ok: false, origin, error, declared };
}

/** A syntax error names the line; module code may throw values of another realm, so errors are read by shape. */
function describeLoadError(error: unknown, file: string, origin: string): string {
  const message = messageOf(error);
  const stack = isRecord(error) && typeof error['stack'] === 'string' ? error['stack'] : '';
  const name = isRecord(error) && typeof error['name'] === 'string' ? error['name'] : '';
  const where = stack.split('\n')[0];
  if (name === 'SyntaxError' && where.startsWith(file)) return `SyntaxError: ${message} (${origin}${where.slice(file.length)})`;
  return message;
}

function messageOf(error: unknown): string {
  return isRecord(error) && typeof error['message'] === 'string' ? error['message'] : String(error);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && !Array.isArray(value);
}
