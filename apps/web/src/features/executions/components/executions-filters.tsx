'use client';

import { MISP_TRIGGER_IDS } from '@misp-wf/contracts';
import { Button } from '../../../components/ui/button';
import type { WorkflowSummary } from '../../triggers/types/trigger.types';
import { OUTCOMES, RANGE_PRESETS, type ExecutionFilters, type RangeChoice } from '../utils/execution-filters.util';

type Props = { filters: ExecutionFilters; workflows: WorkflowSummary[]; onChange: (change: Partial<ExecutionFilters>) => void };

const RANGE_IDS: readonly RangeChoice[] = ['', ...RANGE_PRESETS.map((p) => p.id), 'custom'];

/** Every change applies at once and goes back to the first page. */
export function ExecutionsFilters({ filters, workflows, onChange }: Props) {
  const set = (patch: Partial<ExecutionFilters>) => onChange({ ...patch, page: 1 });
  const active = Boolean(filters.workflow_id || filters.trigger_id || filters.outcome || filters.range);
  return (
    <div className="filters" role="search" aria-label="Filter executions">
      <label>
        Workflow
        <select value={filters.workflow_id} onChange={(e) => set({ workflow_id: e.target.value })}>
          <option value="">All workflows</option>
          {workflows.map((w) => (
            <option key={w.id} value={w.id}>
              {w.name} ({w.trigger_id})
            </option>
          ))}
          {filters.workflow_id && !workflows.some((w) => w.id === filters.workflow_id) && (
            <option value={filters.workflow_id}>Deleted workflow {filters.workflow_id.slice(0, 8)}…</option>
          )}
        </select>
      </label>
      <label>
        Trigger
        <select value={filters.trigger_id} onChange={(e) => set({ trigger_id: e.target.value })}>
          <option value="">All triggers</option>
          {MISP_TRIGGER_IDS.map((id) => (
            <option key={id} value={id}>
              {id}
            </option>
          ))}
        </select>
      </label>
      <label>
        Outcome
        <select value={filters.outcome} onChange={(e) => set({ outcome: OUTCOMES.find((o) => o === e.target.value) ?? '' })}>
          <option value="">Any outcome</option>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </label>
      <label>
        Time range
        <select value={filters.range} onChange={(e) => set({ range: RANGE_IDS.find((r) => r === e.target.value) ?? '' })}>
          <option value="">Any time</option>
          {RANGE_PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
          <option value="custom">Between…</option>
        </select>
      </label>
      {filters.range === 'custom' && (
        <>
          <label>
            From
            <input type="datetime-local" value={filters.from} max={filters.to || undefined} onChange={(e) => set({ from: e.target.value })} />
          </label>
          <label>
            To
            <input type="datetime-local" value={filters.to} min={filters.from || undefined} onChange={(e) => set({ to: e.target.value })} />
          </label>
        </>
      )}
      <div className="filters-actions">
        <Button
          variant="secondary"
          disabled={!active}
          onClick={() => set({ workflow_id: '', trigger_id: '', outcome: '', range: '', from: '', to: '' })}
        >
          Clear filters
        </Button>
      </div>
    </div>
  );
}
