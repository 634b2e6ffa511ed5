'use client';

import { useMemo, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/states';
import { ToneBadge } from '../../../components/ui/tone-badge';
import { useToast } from '../../../components/ui/toast';
import { ApiClientError } from '../../../lib/api-client';
import { useAuth } from '../../auth/auth-context';
import { useModules, useReloadModules } from '../api/modules-queries';
import { countBySource, describeReload, EMPTY_MODULE_FILTER, filterModules, sortModules, type ModuleFilter } from '../utils/module-index.util';
import { ModulesFilters } from './modules-filters';
import { ModulesTable } from './modules-table';

export function ModulesPage() {
  const readOnly = useAuth().identity?.role !== 'admin';
  const modules = useModules();
  const reload = useReloadModules();
  const toast = useToast();
  const [filter, setFilter] = useState<ModuleFilter>(EMPTY_MODULE_FILTER);
  const sorted = useMemo(() => sortModules(modules.data ?? []), [modules.data]);
  const visible = filterModules(sorted, filter);
  const counts = countBySource(sorted);
  const broken = sorted.filter((m) => m.error).length;

  function reloadModules() {
    reload.mutate(undefined, {
      onSuccess: (body) => {
        const { text, failed } = describeReload(body);
        toast(failed ? 'error' : 'success', text);
      },
      onError: (e) =>
        toast(
          'error',
          e instanceof ApiClientError && e.status === 404 ? 'This API version cannot reload modules yet (no reload route).' : `Reload failed: ${e.message}`,
        ),
    });
  }

  return (
    <section aria-labelledby="page-title">
      <div className="page-header">
        <div>
          <h1 id="page-title">Modules</h1>
          <p className="muted">Trigger, logic and action modules. A disabled module is not executed; a disabled blocking module stops the run.</p>
        </div>
        <div className="page-actions">
          <Button variant="secondary" onClick={reloadModules} disabled={readOnly || reload.isPending}>
            {reload.isPending ? 'Reloading…' : 'Reload modules'}
          </Button>
        </div>
      </div>
      {readOnly && <p className="notice">Your key has the viewer role: modules are read-only.</p>}
      {modules.isPending && <LoadingState label="Loading modules…" />}
      {modules.isError && <ErrorState message={`Could not load modules: ${modules.error.message}`} onRetry={() => void modules.refetch()} />}
      {modules.data && (
        <>
          <p className="source-counts muted">
            <ToneBadge>{counts.default} default</ToneBadge>
            <ToneBadge tone="info">{counts.custom} custom</ToneBadge>
            <ToneBadge tone="warning">{counts['misp-module']} misp-module</ToneBadge>
            {broken > 0 && <ToneBadge tone="danger">{broken} failed to load</ToneBadge>}
          </p>
          <ModulesFilters filter={filter} onChange={setFilter} shown={visible.length} total={sorted.length} />
          {visible.length === 0 ? <EmptyState title="No module matches these filters" /> : <ModulesTable modules={visible} readOnly={readOnly} />}
        </>
      )}
    </section>
  );
}
