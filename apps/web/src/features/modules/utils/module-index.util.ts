import type { Tone } from '../../../components/ui/tone';
import type { ModuleRow, ModuleSource } from '../types/module.types';

export type ModuleClass = ModuleRow['module_type'];
export type ModuleFilter = { moduleClass: 'all' | ModuleClass; source: 'all' | ModuleSource; state: 'all' | 'enabled' | 'disabled' | 'broken'; search: string };

export const EMPTY_MODULE_FILTER: ModuleFilter = { moduleClass: 'all', source: 'all', state: 'all', search: '' };

const CLASS_ORDER: Record<ModuleClass, number> = { trigger: 0, logic: 1, action: 2 };

export const SOURCE_VIEW: Record<ModuleSource, { label: string; tone: Tone }> = {
  default: { label: 'default', tone: 'neutral' },
  custom: { label: 'custom', tone: 'info' },
  'misp-module': { label: 'misp-module', tone: 'warning' },
};

/** Class filter (MISP's `type`), source, state and a search over id, name and description. */
export function filterModules(modules: ModuleRow[], filter: ModuleFilter): ModuleRow[] {
  const needle = filter.search.trim().toLowerCase();
  return modules.filter((m) => {
    if (filter.moduleClass !== 'all' && m.module_type !== filter.moduleClass) return false;
    if (filter.source !== 'all' && m.source !== filter.source) return false;
    if (filter.state === 'enabled' && !m.enabled) return false;
    if (filter.state === 'disabled' && m.enabled) return false;
    if (filter.state === 'broken' && !m.error) return false;
    if (!needle) return true;
    return [m.id, m.name, m.description].some((v) => v.toLowerCase().includes(needle));
  });
}

/** Broken modules first (they need attention), then triggers, logic, actions, each by name. */
export function sortModules(modules: ModuleRow[]): ModuleRow[] {
  return [...modules].sort(
    (a, b) =>
      Number(Boolean(b.error)) - Number(Boolean(a.error)) ||
      CLASS_ORDER[a.module_type] - CLASS_ORDER[b.module_type] ||
      a.name.localeCompare(b.name),
  );
}

export function countBySource(modules: ModuleRow[]): Record<ModuleSource, number> {
  const counts: Record<ModuleSource, number> = { default: 0, custom: 0, 'misp-module': 0 };
  for (const m of modules) counts[m.source] += 1;
  return counts;
}

/**
 * A sentence for the answer of `POST /modules/reload` (`{custom: {loaded, errors}, misp_modules: {enabled,
 * loaded, error}}`); `failed` counts what needs attention. Load errors are also shown on the rows themselves.
 */
export function describeReload(body: unknown): { text: string; failed: number } {
  const custom = isRecord(body) && isRecord(body['custom']) ? body['custom'] : null;
  const remote = isRecord(body) && isRecord(body['misp_modules']) ? body['misp_modules'] : null;
  if (!custom && !remote) return { text: 'Modules reloaded', failed: 0 };
  const parts: string[] = [];
  let failed = 0;
  if (custom) {
    const errors = Array.isArray(custom['errors']) ? custom['errors'].length : 0;
    failed += errors;
    parts.push(`${numberOf(custom['loaded'])} custom${errors ? ` (${errors} failed to load)` : ''}`);
  }
  if (remote) {
    const error = typeof remote['error'] === 'string' && remote['error'] ? remote['error'] : null;
    if (error) failed += 1;
    if (remote['enabled'] === false) parts.push('misp-modules off');
    else parts.push(`${numberOf(remote['loaded'])} from misp-modules${error ? ` (${error})` : ''}`);
  }
  return { text: `Modules reloaded: ${parts.join(', ')}`, failed };
}

function numberOf(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
