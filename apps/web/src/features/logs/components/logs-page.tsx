'use client';

import { Pagination } from '../../../components/ui/pagination';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/states';
import { useUrlFilters } from '../../../components/ui/use-url-filters';
import { useLogs } from '../api/logs-queries';
import { logFiltersToSearch, readLogFilters } from '../utils/log-filters.util';
import { LogsFilters } from './logs-filters';
import { LogsTable } from './logs-table';
import './logs.css';

export function LogsPage() {
  const [filters, update] = useUrlFilters(readLogFilters, logFiltersToSearch);
  const logs = useLogs(filters);
  const filtered = Boolean(filters.model || filters.action || filters.model_id);

  return (
    <section aria-labelledby="page-title">
      <div className="page-header">
        <div>
          <h1 id="page-title">Logs</h1>
          <p className="muted">The application log: workflow starts and ends (debug mode), errors and stopped runs, newest first.</p>
        </div>
      </div>
      {/* Re-mounted when the address changes (back button) so the inputs show the active filters. */}
      <LogsFilters key={logFiltersToSearch({ ...filters, page: 1 })} filters={filters} onApply={update} />
      {logs.isPending && <LoadingState label="Loading the log…" />}
      {logs.isError && <ErrorState message={`Could not load the log: ${logs.error.message}`} onRetry={() => void logs.refetch()} />}
      {logs.data && logs.data.data.length === 0 && (
        <EmptyState title={filtered ? 'No log entry matches these filters' : 'The log is empty'}>
          {!filtered && <p className="muted">Entries appear when workflows run (most of them only with debug mode on).</p>}
        </EmptyState>
      )}
      {logs.data && logs.data.data.length > 0 && (
        <>
          <div aria-busy={logs.isFetching || undefined}>
            <LogsTable rows={logs.data.data} />
          </div>
          <Pagination
            page={filters.page}
            limit={filters.limit}
            total={logs.data.total}
            label="Log"
            disabled={logs.isFetching}
            onPage={(page) => update({ page })}
          />
        </>
      )}
    </section>
  );
}
