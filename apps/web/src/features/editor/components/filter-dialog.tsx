'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import type { SavedFilters, StoredNode } from '../types/workflow-graph.types';
import { EMPTY_FILTERS, FILTER_OPERATORS, readFilters, validateFilters } from '../utils/saved-filters';

type Props = { node: StoredNode; title: string; open: boolean; onClose: () => void; onSave: (filters: SavedFilters) => void };

const OPERATOR_LABELS: Record<(typeof FILTER_OPERATORS)[number], string> = { in: 'In', not_in: 'Not in', equals: 'Equals', not_equals: 'Not equals' };

/** The per-node filtering conditions of `support_filters` modules (spec §6.2, §4.3). */
export function FilterDialog({ node, title, open, onClose, onSave }: Props) {
  return (
    <Dialog open={open} title={`Filtering conditions: ${title}`} onClose={onClose}>
      {open && <FilterForm node={node} onClose={onClose} onSave={onSave} />}
    </Dialog>
  );
}

function FilterForm({ node, onClose, onSave }: Omit<Props, 'open' | 'title'>) {
  const [draft, setDraft] = useState<SavedFilters>(() => readFilters(node));
  const [error, setError] = useState<string | null>(null);
  const set = (key: keyof SavedFilters) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validateFilters(draft);
    if (!checked.ok) {
      setError(checked.message);
      return;
    }
    onSave(checked.filters);
    onClose();
  };

  return (
    <form onSubmit={submit} aria-label="Filtering conditions">
      <p className="help">The module then acts only on the items of the selector whose value at the hash path satisfies the condition.</p>
      <label htmlFor="filter-selector">Selector</label>
      <input id="filter-selector" type="text" className="mono" spellCheck={false} placeholder="Event._AttributeFlattened.{n}" value={draft.selector} onChange={(e) => set('selector')(e.target.value)} />
      <label htmlFor="filter-operator">Operator</label>
      <select id="filter-operator" value={draft.operator} onChange={(e) => set('operator')(e.target.value)}>
        <option value="">(choose)</option>
        {FILTER_OPERATORS.map((op) => (
          <option key={op} value={op}>
            {OPERATOR_LABELS[op]}
          </option>
        ))}
      </select>
      <label htmlFor="filter-value">Value</label>
      <input id="filter-value" type="text" placeholder="tlp:white" value={draft.value} onChange={(e) => set('value')(e.target.value)} />
      <label htmlFor="filter-path">Hash path (relative to each item)</label>
      <input id="filter-path" type="text" className="mono" spellCheck={false} placeholder="Tag.{n}.name" value={draft.path} onChange={(e) => set('path')(e.target.value)} />
      <div className="ui-dialog__actions">
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <Button type="button" variant="secondary" onClick={() => setDraft({ ...EMPTY_FILTERS })}>
          Clear
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit">Apply filter</Button>
      </div>
    </form>
  );
}
