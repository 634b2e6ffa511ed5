'use client';

import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { Pagination } from '../../../components/ui/pagination';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/states';
import { useToast } from '../../../components/ui/toast';
import { useAuth } from '../../auth/auth-context';
import { BLUEPRINTS_PAGE_SIZE, fetchBlueprintExport, useBlueprints, useDeleteBlueprint } from '../api/blueprints-queries';
import type { BlueprintRow } from '../types/blueprint.types';
import { exportFileName } from '../utils/blueprint-file.util';
import { downloadJson } from '../utils/download-json';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { BlueprintRowView } from './blueprint-row';
import { ImportBlueprintControl } from './import-blueprint-control';
import './blueprints.css';

export function BlueprintsPage() {
  const readOnly = useAuth().identity?.role !== 'admin';
  const [page, setPage] = useState(1);
  const [search, setSearch] = useState('');
  const query = useDebouncedValue(search.trim());
  const list = useBlueprints(page, query);
  const remove = useDeleteBlueprint();
  const toast = useToast();
  const [toDelete, setToDelete] = useState<BlueprintRow | null>(null);
  const [exporting, setExporting] = useState<string | null>(null);

  async function exportBlueprint(b: BlueprintRow) {
    setExporting(b.id);
    try {
      downloadJson(exportFileName(b.name, Date.now() / 1000), await fetchBlueprintExport(b.id));
    } catch (e) {
      toast('error', `Could not export “${b.name}”: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setExporting(null);
    }
  }

  function confirmDelete() {
    if (!toDelete) return;
    const target = toDelete;
    remove.mutate(target.id, {
      onSuccess: () => {
        toast('success', `Deleted blueprint “${target.name}”`);
        setToDelete(null);
        // The last row of a page is gone: show the page before it.
        if (list.data && list.data.data.length === 1 && page > 1) setPage(page - 1);
      },
      onError: (e) => {
        toast('error', `Could not delete “${target.name}”: ${e.message}`);
        setToDelete(null);
      },
    });
  }

  const rows = list.data?.data ?? [];
  return (
    <section aria-labelledby="page-title">
      <div className="page-header">
        <div>
          <h1 id="page-title">Blueprints</h1>
          <p className="muted">Reusable groups of nodes in MISP&apos;s blueprint file format. Insert them from the workflow editor.</p>
        </div>
        <div className="page-actions">
          <ImportBlueprintControl disabled={readOnly} />
        </div>
      </div>
      {readOnly && <p className="notice">Your key has the viewer role: you can export blueprints but not import or delete them.</p>}
      <div className="filters" role="search" aria-label="Filter blueprints">
        <label>
          Search
          <input
            type="search"
            value={search}
            placeholder="name or uuid…"
            onChange={(e) => {
              setSearch(e.target.value);
              setPage(1);
            }}
          />
        </label>
      </div>
      {list.isPending && <LoadingState label="Loading blueprints…" />}
      {list.isError && <ErrorState message={`Could not load blueprints: ${list.error.message}`} onRetry={() => void list.refetch()} />}
      {list.data && rows.length === 0 && (
        <EmptyState title={query ? 'No blueprint matches this search' : 'No blueprints yet'}>
          {!query && <p className="muted">Import a MISP blueprint file to get started.</p>}
        </EmptyState>
      )}
      {list.data && rows.length > 0 && (
        <>
          <div className="table-wrap" aria-busy={list.isFetching || undefined}>
            <table className="data-table blueprints-table">
              <caption className="visually-hidden">Workflow blueprints</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">For trigger</th>
                  <th scope="col">Description</th>
                  <th scope="col">Nodes</th>
                  <th scope="col">Updated</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((b) => (
                  <BlueprintRowView
                    key={b.id}
                    blueprint={b}
                    readOnly={readOnly}
                    exporting={exporting === b.id}
                    onExport={() => void exportBlueprint(b)}
                    onDelete={() => setToDelete(b)}
                  />
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={page} limit={BLUEPRINTS_PAGE_SIZE} total={list.data.total} label="Blueprints" onPage={setPage} disabled={list.isFetching} />
        </>
      )}
      <ConfirmDialog
        open={toDelete !== null}
        title="Delete this blueprint?"
        confirmLabel="Delete blueprint"
        busy={remove.isPending}
        onConfirm={confirmDelete}
        onCancel={() => setToDelete(null)}
      >
        <p>
          “{toDelete?.name}” will be removed. Workflows that already contain its nodes keep them. You can import the file again
          later.
        </p>
      </ConfirmDialog>
    </section>
  );
}
