'use client';

import { useMemo, useState, type DragEvent } from 'react';
import { ErrorState, LoadingState } from '../../../components/ui/states';
import type { BlueprintView, ModuleView } from '../types/api.types';
import { filterBlueprints, groupModules, SOURCE_LABELS } from '../utils/module-groups';

export const MODULE_MIME = 'application/x-mwp-module';
export const BLUEPRINT_MIME = 'application/x-mwp-blueprint';

type Props = {
  modules: readonly ModuleView[];
  blueprints: { data?: BlueprintView[]; isPending: boolean; isError: boolean; error: Error | null; refetch: () => unknown };
  readOnly: boolean;
  onAddModule: (module: ModuleView) => void;
  onInsertBlueprint: (blueprint: BlueprintView) => void;
};

const CLASS_TITLES = { action: 'Actions', logic: 'Logic' } as const;

/** Modules by class and source, then blueprints; drag one onto the canvas, or use its Add button. */
export function ModulePanel({ modules, blueprints, readOnly, onAddModule, onInsertBlueprint }: Props) {
  const [query, setQuery] = useState('');
  const groups = useMemo(() => groupModules({ modules, query }), [modules, query]);
  const shownBlueprints = useMemo(() => filterBlueprints({ blueprints: blueprints.data ?? [], query }), [blueprints.data, query]);
  const drag = (mime: string, id: string) => (event: DragEvent) => {
    event.dataTransfer.setData(mime, id);
    event.dataTransfer.effectAllowed = 'copy';
  };

  return (
    <aside className="wf-editor__modules" aria-label="Modules">
      <label htmlFor="module-search" className="visually-hidden">
        Search modules and blueprints
      </label>
      <input id="module-search" type="search" placeholder="Search modules…" value={query} onChange={(e) => setQuery(e.target.value)} />
      {groups.length === 0 && shownBlueprints.length === 0 && <p className="help">Nothing matches “{query}”.</p>}
      {groups.map((group) => (
        <section key={group.moduleClass} aria-labelledby={`modules-${group.moduleClass}`}>
          <h2 id={`modules-${group.moduleClass}`} className="palette__class">
            {CLASS_TITLES[group.moduleClass]}
          </h2>
          {group.sources.map(({ source, modules: list }) => (
            <div key={source}>
              <h3 className="palette__source">{SOURCE_LABELS[source]}</h3>
              <ul className="palette__list">
                {list.map((m) => (
                  <li
                    key={m.id}
                    className={`palette__item palette__item--${m.module_type}${m.enabled ? '' : ' palette__item--disabled'}`}
                    draggable={!readOnly}
                    onDragStart={drag(MODULE_MIME, m.id)}
                    title={`${m.name}: ${m.description}`}
                    data-module={m.id}
                  >
                    <span className="palette__name">{m.name}</span>
                    {m.blocking && <span className="palette__flag">blocking</span>}
                    {!m.enabled && <span className="palette__flag palette__flag--off">disabled</span>}
                    {!readOnly && (
                      <button type="button" className="palette__add" aria-label={`Add ${m.name} to the canvas`} onClick={() => onAddModule(m)}>
                        +
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
      <section aria-labelledby="modules-blueprints">
        <h2 id="modules-blueprints" className="palette__class">
          Blueprints
        </h2>
        {blueprints.isPending && <LoadingState label="Loading blueprints…" />}
        {blueprints.isError && <ErrorState message={`Could not load blueprints: ${blueprints.error?.message ?? ''}`} onRetry={() => void blueprints.refetch()} />}
        {blueprints.data && shownBlueprints.length === 0 && <p className="help">No blueprint{query ? ' matches' : ' yet: import one on the Blueprints page'}.</p>}
        <ul className="palette__list">
          {shownBlueprints.map((b) => (
            <li key={b.id} className="palette__item palette__item--blueprint" draggable={!readOnly} onDragStart={drag(BLUEPRINT_MIME, b.id)} title={`${b.name}: ${b.description}`} data-blueprint={b.id}>
              <span className="palette__name">{b.name}</span>
              <span className="palette__flag">{b.data.length} nodes</span>
              {!readOnly && (
                <button type="button" className="palette__add" aria-label={`Insert blueprint ${b.name}`} onClick={() => onInsertBlueprint(b)}>
                  +
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>
    </aside>
  );
}
