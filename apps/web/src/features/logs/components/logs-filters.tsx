'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { KNOWN_LOG_ACTIONS, KNOWN_LOG_MODELS, LOG_PAGE_SIZES, type LogFilters } from '../utils/log-filters.util';

type Props = { filters: LogFilters; onApply: (change: Partial<LogFilters>) => void };

/** Text filters apply on submit (Enter or "Apply"), the page size at once; both go back to page 1. */
export function LogsFilters({ filters, onApply }: Props) {
  const [model, setModel] = useState(filters.model);
  const [action, setAction] = useState(filters.action);
  const [modelId, setModelId] = useState(filters.model_id);

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply({ model: model.trim(), action: action.trim(), model_id: modelId.trim(), page: 1 });
  }

  function clear() {
    setModel('');
    setAction('');
    setModelId('');
    onApply({ model: '', action: '', model_id: '', page: 1 });
  }

  return (
    <form className="filters" role="search" aria-label="Filter the log" onSubmit={submit}>
      <label>
        Model
        <input type="text" list="log-models" value={model} onChange={(e) => setModel(e.target.value)} placeholder="e.g. Workflow" />
      </label>
      <datalist id="log-models">
        {KNOWN_LOG_MODELS.map((m) => (
          <option key={m} value={m} />
        ))}
      </datalist>
      <label>
        Action
        <input type="text" list="log-actions" value={action} onChange={(e) => setAction(e.target.value)} placeholder="e.g. execute_workflow" />
      </label>
      <datalist id="log-actions">
        {KNOWN_LOG_ACTIONS.map((a) => (
          <option key={a} value={a} />
        ))}
      </datalist>
      <label>
        Model id
        <input type="text" value={modelId} onChange={(e) => setModelId(e.target.value)} placeholder="workflow id" />
      </label>
      <label>
        Per page
        <select value={filters.limit} onChange={(e) => onApply({ limit: Number(e.target.value), page: 1 })}>
          {LOG_PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
      <div className="filters-actions">
        <Button type="button" variant="secondary" onClick={clear}>
          Clear
        </Button>
        <Button type="submit">Apply</Button>
      </div>
    </form>
  );
}
