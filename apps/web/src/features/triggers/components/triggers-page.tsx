'use client';

import { useMemo, useState } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/states';
import { useAuth } from '../../auth/auth-context';
import { useTriggers, useWorkflowSummaries } from '../api/triggers-queries';
import { filterTriggers, joinWorkflows, type TriggerFilter } from '../utils/trigger-table.util';
import { TriggersFilters } from './triggers-filters';
import { TriggersTable } from './triggers-table';

export function TriggersPage() {
  const readOnly = useAuth().identity?.role !== 'admin';
  const triggers = useTriggers();
  const workflows = useWorkflowSummaries();
  const [filter, setFilter] = useState<TriggerFilter>({
    search: '',
    scope: '',
    state: 'all',
  });
  const rows = useMemo(() => joinWorkflows(triggers.data ?? [], workflows.data ?? []), [triggers.data, workflows.data]);
  const scopes = useMemo(() => [...new Set(rows.map((r) => r.scope))].sort(), [rows]);
  const visible = filterTriggers(rows, filter);
  const failed = triggers.error ?? workflows.error;

  return (
    <section aria-labelledby="page-title">
      <div className="page-header">
        <div>
          <h1 id="page-title">Triggers</h1>
          <p className="muted">
            A trigger runs its workflow when MISP calls it and the trigger is enabled. Blocking triggers can stop the MISP operation.
          </p>
        </div>
      </div>
      {readOnly && <p className="notice">Your key has the viewer role: triggers are read-only.</p>}
      {(triggers.isPending || workflows.isPending) && !failed && <LoadingState label="Loading triggers…" />}
      {failed && (
        <ErrorState
          message={`Could not load triggers: ${failed.message}`}
          onRetry={() => {
            void triggers.refetch();
            void workflows.refetch();
          }}
        />
      )}
      {triggers.data && workflows.data && (
        <>
          <TriggersFilters filter={filter} scopes={scopes} onChange={setFilter} shown={visible.length} total={rows.length} />
          {visible.length === 0 ? (
            <EmptyState title="No trigger matches these filters" />
          ) : (
            <TriggersTable rows={visible} readOnly={readOnly} />
          )}
        </>
      )}
    </section>
  );
}
