'use client';

import type { TriggerFilter } from '../utils/trigger-table.util';

type Props = {
  filter: TriggerFilter;
  scopes: string[];
  shown: number;
  total: number;
  onChange: (filter: TriggerFilter) => void;
};

export function TriggersFilters({ filter, scopes, shown, total, onChange }: Props) {
  return (
    <div className="filters" role="search" aria-label="Filter triggers">
      <label>
        Search
        <input
          type="search"
          value={filter.search}
          placeholder="name, id, description…"
          onChange={(e) => onChange({ ...filter, search: e.target.value })}
        />
      </label>
      <label>
        Scope
        <select value={filter.scope} onChange={(e) => onChange({ ...filter, scope: e.target.value })}>
          <option value="">All scopes</option>
          {scopes.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label>
        State
        <select value={filter.state} onChange={(e) => onChange({ ...filter, state: toState(e.target.value) })}>
          <option value="all">All</option>
          <option value="enabled">Enabled</option>
          <option value="disabled">Disabled</option>
        </select>
      </label>
      <span className="muted filters-actions" aria-live="polite">
        {shown} of {total} triggers
      </span>
    </div>
  );
}

function toState(value: string): TriggerFilter['state'] {
  return value === 'enabled' || value === 'disabled' ? value : 'all';
}
