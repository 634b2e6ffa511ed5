'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { formatDateTime } from '../../../components/ui/format-time';
import { Pagination } from '../../../components/ui/pagination';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/states';
import { useToast } from '../../../components/ui/toast';
import { useAuth } from '../../auth/auth-context';
import { useDeleteWorkflow, useImportWorkflow, useWorkflows } from '../api/editor-queries';
import type { WorkflowSummary } from '../types/api.types';
import { parseWorkflowFile } from '../utils/workflow-file';
import { NewWorkflowDialog } from './new-workflow-dialog';

/** `/workflows`: every workflow (one per trigger), with create, import and delete. */
export function WorkflowsList() {
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<WorkflowSummary | null>(null);
  const list = useWorkflows(page);
  const importWorkflow = useImportWorkflow();
  const remove = useDeleteWorkflow();
  const toast = useToast();
  const router = useRouter();
  const fileInput = useRef<HTMLInputElement>(null);
  const admin = useAuth().identity?.role === 'admin';

  const importFile = async (file: File) => {
    const parsed = parseWorkflowFile(await file.text());
    if (!parsed.ok) return toast('error', `Import failed: ${parsed.message}`);
    try {
      const created = await importWorkflow.mutateAsync(parsed.file);
      toast('success', `Imported “${created.name}”`);
      router.push(`/workflows/${created.id}`);
    } catch (e) {
      toast('error', `Import failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <section aria-labelledby="page-title">
      <div className="page-header">
        <div>
          <h1 id="page-title">Workflows</h1>
          <p className="muted">One workflow per trigger: its graph runs each time MISP fires the trigger.</p>
        </div>
        {admin && (
          <div className="page-actions">
            <Button variant="secondary" onClick={() => fileInput.current?.click()} disabled={importWorkflow.isPending}>
              {importWorkflow.isPending ? 'Importing…' : 'Import file'}
            </Button>
            <input
              ref={fileInput}
              type="file"
              accept="application/json,.json"
              className="visually-hidden"
              tabIndex={-1}
              aria-label="Workflow file to import"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void importFile(file);
              }}
            />
            <Button onClick={() => setCreating(true)}>New workflow</Button>
          </div>
        )}
      </div>
      {list.isPending && <LoadingState label="Loading workflows…" />}
      {list.isError && <ErrorState message={`Could not load workflows: ${list.error.message}`} onRetry={() => void list.refetch()} />}
      {list.data && list.data.total === 0 && (
        <EmptyState title="No workflow yet">
          <p>Create the workflow of a trigger, import a workflow file, or start from the Triggers page.</p>
        </EmptyState>
      )}
      {list.data && list.data.total > 0 && (
        <>
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">Workflows</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Trigger</th>
                  <th scope="col" className="num">Runs</th>
                  <th scope="col">Debug</th>
                  <th scope="col">Last update</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {list.data.data.map((w) => (
                  <tr key={w.id} data-workflow={w.id}>
                    <th scope="row">
                      <Link href={`/workflows/${w.id}`}>{w.name}</Link>
                      {w.description && <div className="desc">{w.description}</div>}
                    </th>
                    <td className="mono">{w.trigger_id}</td>
                    <td className="num">{w.counter}</td>
                    <td>{w.debug_enabled ? 'on' : 'off'}</td>
                    <td className="nowrap">{formatDateTime(w.updated_at)}</td>
                    <td className="actions">
                      <Link className="btn btn-secondary" href={`/workflows/${w.id}`} aria-label={`Open ${w.name}`}>
                        Open
                      </Link>
                      {admin && (
                        <Button variant="danger" onClick={() => setDeleting(w)} aria-label={`Delete ${w.name}`}>
                          Delete
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={page} limit={list.data.limit} total={list.data.total} label="Workflows" onPage={setPage} disabled={list.isFetching} />
        </>
      )}
      <NewWorkflowDialog open={creating} onClose={() => setCreating(false)} />
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this workflow?"
        confirmLabel="Delete workflow"
        busy={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (!deleting) return;
          remove.mutate(deleting.id, {
            onSuccess: () => toast('success', `Deleted “${deleting.name}”`),
            onError: (e) => toast('error', `Could not delete: ${e.message}`),
            onSettled: () => setDeleting(null),
          });
        }}
      >
        <p>
          “{deleting?.name}” stops running for trigger <span className="mono">{deleting?.trigger_id}</span>. Its execution records are kept.
        </p>
      </ConfirmDialog>
    </section>
  );
}
