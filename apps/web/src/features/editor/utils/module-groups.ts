import type { BlueprintView, ModuleView } from '../types/api.types';

export type ModuleSource = ModuleView['source'];
export type ModuleGroup = { moduleClass: 'action' | 'logic'; sources: { source: ModuleSource; modules: ModuleView[] }[] };

const CLASS_ORDER = ['action', 'logic'] as const;
const SOURCE_ORDER: readonly ModuleSource[] = ['default', 'custom', 'misp-module'];

function matches(query: string, ...texts: string[]): boolean {
  const q = query.trim().toLowerCase();
  return q === '' || texts.some((t) => t.toLowerCase().includes(q));
}

/** The side panel's module list: by class (action, logic), then by source; triggers are never added by hand. */
export function groupModules(args: { modules: readonly ModuleView[]; query: string }): ModuleGroup[] {
  const groups: ModuleGroup[] = [];
  for (const moduleClass of CLASS_ORDER) {
    const ofClass = args.modules.filter((m) => m.module_type === moduleClass && matches(args.query, m.name, m.id, m.description));
    const sources = SOURCE_ORDER.map((source) => ({ source, modules: ofClass.filter((m) => m.source === source).sort((a, b) => a.name.localeCompare(b.name)) })).filter(
      (s) => s.modules.length > 0,
    );
    if (sources.length > 0) groups.push({ moduleClass, sources });
  }
  return groups;
}

export function filterBlueprints(args: { blueprints: readonly BlueprintView[]; query: string }): BlueprintView[] {
  return args.blueprints.filter((b) => matches(args.query, b.name, b.description));
}

export const SOURCE_LABELS: Record<ModuleSource, string> = { default: 'Default', custom: 'Custom', 'misp-module': 'misp-modules' };
