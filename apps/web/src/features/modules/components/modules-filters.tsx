'use client';

import type { ModuleSource } from '../types/module.types';
import type { ModuleFilter } from '../utils/module-index.util';

type Props = { filter: ModuleFilter; shown: number; total: number; onChange: (filter: ModuleFilter) => void };

const CLASSES = ['all', 'trigger', 'logic', 'action'] as const;
const SOURCES = ['all', 'default', 'custom', 'misp-module'] as const;
const STATES = ['all', 'enabled', 'disabled', 'broken'] as const;

export function ModulesFilters({ filter, shown, total, onChange }: Props) {
  return (
    <div className="filters" role="search" aria-label="Filter modules">
      <label>
        Search
        <input type="search" value={filter.search} placeholder="name, id, description…" onChange={(e) => onChange({ ...filter, search: e.target.value })} />
      </label>
      <label>
        Class
        <select value={filter.moduleClass} onChange={(e) => onChange({ ...filter, moduleClass: pick(CLASSES, e.target.value) })}>
          {CLASSES.map((c) => (
            <option key={c} value={c}>
              {c === 'all' ? 'All classes' : c}
            </option>
          ))}
        </select>
      </label>
      <label>
        Source
        <select value={filter.source} onChange={(e) => onChange({ ...filter, source: pick<'all' | ModuleSource>(SOURCES, e.target.value) })}>
          {SOURCES.map((s) => (
            <option key={s} value={s}>
              {s === 'all' ? 'All sources' : s}
            </option>
          ))}
        </select>
      </label>
      <label>
        State
        <select value={filter.state} onChange={(e) => onChange({ ...filter, state: pick(STATES, e.target.value) })}>
          {STATES.map((s) => (
            <option key={s} value={s}>
              {s === 'all' ? 'All' : s === 'broken' ? 'Failed to load' : s}
            </option>
          ))}
        </select>
      </label>
      <span className="muted filters-actions" aria-live="polite">
        {shown} of {total} modules
      </span>
    </div>
  );
}

/** Narrows a `<select>` value to the listed options (the first one when it is not one of them). */
function pick<T extends string>(options: readonly T[], value: string): T {
  return options.find((o) => o === value) ?? options[0];
}
