'use client';

import { useMemo } from 'react';
import { Button } from '../../../components/ui/button';
import { Pagination } from '../../../components/ui/pagination';
import { useUrlFilters } from '../../../components/ui/use-url-filters';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/states';
import { useWorkflowSummaries } from '../../triggers/api/triggers-queries';
import { useExecutions } from '../api/executions-queries';
import {
  EXECUTIONS_PAGE_SIZE,
  executionFiltersToSearch,
  readExecutionFilters,
  rowsOutsideRange,
} from '../utils/execution-filters.util';
import { ExecutionsFilters } from './executions-filters';
import { ExecutionsTable } from './executions-table';
import './executions.css';

export function ExecutionsPage() {
  const [filters, update] = useUrlFilters(readExecutionFilters, executionFiltersToSearch);
  const executions = useExecutions(filters);
  const workflows = useWorkflowSummaries();
  const workflowsById = useMemo(() => new Map((workflows.data ?? []).map((w) => [w.id, w])), [workflows.data]);
  const filtered = Boolean(filters.workflow_id || filters.trigger_id || filters.outcome || filters.range);

  // The API bounds `started_at`; rows outside the range would mean a stale or older API, so they are hidden and said so.
  const outside = executions.data ? rowsOutsideRange(executions.data.data, executions.data.range) : new Set<string>();
  const rows = executions.data ? executions.data.data.filter((r) => !outside.has(r.id)) : [];

  return (
    <section aria-labelledby="page-title">
      <div className="page-header">
        <div>
          <h1 id="page-title">Executions</h1>
          <p className="muted">Every run of a workflow, newest first. Open one to see its steps and replay it on the graph.</p>
        </div>
        <div className="page-actions">
          <Button variant="secondary" onClick={() => void executions.refetch()} disabled={executions.isFetching}>
            {executions.isFetching ? 'Refreshing…' : 'Refresh'}
          </Button>
        </div>
      </div>
      <ExecutionsFilters filters={filters} workflows={workflows.data ?? []} onChange={update} />
      {executions.isPending && <LoadingState label="Loading executions…" />}
      {executions.isError && (
        <ErrorState message={`Could not load executions: ${executions.error.message}`} onRetry={() => void executions.refetch()} />
      )}
      {outside.size > 0 && (
        <p className="notice" role="note">
          {outside.size} run(s) on this page started outside the chosen time range and are hidden; the totals below may include them.
        </p>
      )}
      {executions.data && rows.length === 0 && (
        <EmptyState title={filtered ? 'No execution matches these filters' : 'No executions yet'}>
          {!filtered && <p className="muted">Runs appear here when MISP calls an enabled trigger or a workflow is run from the editor.</p>}
        </EmptyState>
      )}
      {executions.data && rows.length > 0 && (
        <>
          <div aria-busy={executions.isFetching || undefined}>
            <ExecutionsTable rows={rows} workflows={workflowsById} />
          </div>
          <Pagination
            page={filters.page}
            limit={EXECUTIONS_PAGE_SIZE}
            total={executions.data.total}
            label="Executions"
            disabled={executions.isFetching}
            onPage={(page) => update({ page })}
          />
        </>
      )}
    </section>
  );
}
