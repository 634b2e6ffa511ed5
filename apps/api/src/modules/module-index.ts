import type { EngineModule } from '@misp-wf/engine';
import type { BuiltinModule } from '@misp-wf/modules-core';
import { SDK_VERSION, toManifest } from '@misp-wf/sdk';
import type { DeclaredModule } from './custom/custom-modules.loader';
import type { IndexEntry, IndexManifest, ModuleSource } from './module-index.types';

/** The merged index: every entry listed, runnable ones by `type:id` for the engine. */
export type ModuleIndex = { entries: IndexEntry[]; byId: ReadonlyMap<string, IndexEntry>; runnable: ReadonlyMap<string, IndexEntry> };

/**
 * Merges the sources in priority order (built-in, custom, misp-modules). Ids are unique: a module whose
 * id is taken stays in the index as an error under a derived id (`<id>@<origin>`) and never runs — unlike
 * MISP, where a later source silently replaces a module (decision 0016).
 */
export function buildModuleIndex(sources: IndexEntry[][]): ModuleIndex {
  const byId = new Map<string, IndexEntry>();
  const runnable = new Map<string, IndexEntry>();
  const entries: IndexEntry[] = [];
  for (const entry of sources.flat()) {
    const owner = byId.get(entry.manifest.id);
    const placed = owner ? clash(entry, owner, byId) : entry;
    byId.set(placed.manifest.id, placed);
    entries.push(placed);
    if (placed.engine) runnable.set(key(placed.manifest.module_type, placed.manifest.id), placed);
  }
  return { entries, byId, runnable };
}

export function key(type: string, id: string): string {
  return `${type}:${id}`;
}

/** A working module, built-in or custom (an SDK definition). */
export function definitionEntry(args: { definition: BuiltinModule; engine: EngineModule; source: ModuleSource; origin: string | null }): IndexEntry {
  const { definition, engine, source, origin } = args;
  const manifest: IndexManifest = { ...toManifest(definition), is_custom: source === 'custom', is_misp_module: false };
  return { manifest, source, engine, error: null, origin };
}

/** A module that could not be loaded: listed with what it declared and why it failed. */
export function brokenEntry(args: { source: ModuleSource; origin: string; error: string; declared: DeclaredModule }): IndexEntry {
  const { source, origin, error, declared } = args;
  const type = declared.type === 'logic' || declared.type === 'trigger' ? declared.type : 'action';
  const manifest: IndexManifest = {
    id: declared.id ?? originId(origin),
    version: declared.version ?? '',
    sdk_version: source === 'custom' ? SDK_VERSION : '',
    module_type: type,
    name: declared.name ?? origin,
    description: declared.description ?? '',
    icon: '',
    blocking: false,
    support_filters: false,
    expect_misp_core_format: false,
    multiple_output_connection: false,
    inputs: type === 'trigger' ? 0 : 1,
    outputs: type === 'logic' ? 2 : 1,
    params: [],
    is_custom: source === 'custom',
    is_misp_module: source === 'misp-module',
  };
  return { manifest, source, engine: null, error, origin };
}

function clash(entry: IndexEntry, owner: IndexEntry, byId: ReadonlyMap<string, IndexEntry>): IndexEntry {
  const id = entry.manifest.id;
  const where = entry.origin ? ` (${entry.origin})` : '';
  const ownerWhere = owner.origin ? ` from ${owner.origin}` : '';
  const message = `Module id \`${id}\` is already used by the ${describeSource(owner.source)} module${ownerWhere}; this ${describeSource(entry.source)} module${where} is not loaded`;
  const base = `${id}@${originId(entry.origin ?? entry.source)}`;
  let unique = base;
  for (let n = 2; byId.has(unique); n++) unique = `${base}-${n}`;
  return { ...entry, manifest: { ...entry.manifest, id: unique }, engine: null, error: entry.error ? `${message}; ${entry.error}` : message };
}

function describeSource(source: ModuleSource): string {
  switch (source) {
    case 'default':
      return 'built-in';
    case 'custom':
      return 'custom';
    case 'misp-module':
      return 'misp-modules';
    default: {
      const unreachable: never = source;
      return String(unreachable);
    }
  }
}

/** An id-safe rendering of where a module came from (`my-pkg/dist/a.js` → `my-pkg-dist-a.js`). */
function originId(origin: string): string {
  return origin.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^-+|-+$/g, '') || 'module';
}
