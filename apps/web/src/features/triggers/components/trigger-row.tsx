'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Button } from '../../../components/ui/button';
import { formatDateTime } from '../../../components/ui/format-time';
import { ToggleSwitch } from '../../../components/ui/toggle-switch';
import { ToneBadge } from '../../../components/ui/tone-badge';
import { useToast } from '../../../components/ui/toast';
import { useCreateTriggerWorkflow, useToggleDebug, useToggleTrigger } from '../api/triggers-queries';
import type { TriggerTableRow } from '../utils/trigger-table.util';
import { OverheadCell } from './overhead-cell';

// Links to the editor are not prefetched: it is the heaviest page, and a table would fetch it once per row.
const yesNo = (value: boolean) => <ToneBadge tone={value ? 'info' : 'neutral'}>{value ? 'Yes' : 'No'}</ToneBadge>;

/** One trigger; each row has its own mutations so several toggles can be in flight at once. */
export function TriggerRowView({ row, readOnly }: { row: TriggerTableRow; readOnly: boolean }) {
  const toggle = useToggleTrigger();
  const create = useCreateTriggerWorkflow();
  const debug = useToggleDebug();
  const toast = useToast();
  const router = useRouter();
  const workflowId = row.workflow?.id ?? row.workflow_id;

  function setEnabled(enabled: boolean) {
    toggle.mutate(
      { id: row.id, enabled },
      {
        onSuccess: () => toast('success', `${enabled ? 'Enabled' : 'Disabled'} trigger ${row.id}`),
        onError: (e) => toast('error', `Could not ${enabled ? 'enable' : 'disable'} ${row.id}: ${e.message}`),
      },
    );
  }

  function createWorkflow() {
    create.mutate(row, {
      onSuccess: (wf) => router.push(`/workflows/${wf.id}`),
      onError: (e) => toast('error', `Could not create the workflow for ${row.id}: ${e.message}`),
    });
  }

  function setDebug(enabled: boolean) {
    if (!workflowId) return;
    debug.mutate(
      { workflowId, enabled },
      {
        onSuccess: () => toast('success', `${enabled ? 'Enabled' : 'Disabled'} debug mode for ${row.id}`),
        onError: (e) => toast('error', `Could not change debug mode: ${e.message}`),
      },
    );
  }

  const debugOn = row.workflow?.debug_enabled === true;
  return (
    <tr data-trigger={row.id}>
      <th scope="row">
        <span className="trigger-name">{row.name}</span>
        <span className="mono muted trigger-id">{row.id}</span>
      </th>
      <td>{row.scope}</td>
      <td>
        <OverheadCell overhead={row.trigger_overhead} message={row.trigger_overhead_message} />
      </td>
      <td className="desc">{row.description}</td>
      <td className="num">{row.run_counter}</td>
      <td>{yesNo(row.blocking)}</td>
      <td>{yesNo(row.misp_core_format)}</td>
      <td className="trigger-workflow">
        {workflowId ? (
          <>
            <Link prefetch={false} href={`/workflows/${workflowId}`}>
              {row.workflow?.name ?? 'Workflow'}
            </Link>
            <span className="muted nowrap" title="Last update">
              {formatDateTime(row.last_update)}
            </span>
          </>
        ) : (
          <span className="muted">none</span>
        )}
      </td>
      <td>
        <ToggleSwitch
          checked={row.enabled}
          label={`Enable trigger ${row.id}`}
          onChange={setEnabled}
          disabled={readOnly}
          busy={toggle.isPending}
        />
      </td>
      <td>
        <div className="row-actions">
          {workflowId ? (
            <Link className="btn btn-secondary" prefetch={false} href={`/workflows/${workflowId}`} aria-label={`Edit the workflow of ${row.id}`}>
              {readOnly ? 'View' : 'Edit'}
            </Link>
          ) : (
            <Button
              variant="secondary"
              onClick={createWorkflow}
              disabled={readOnly || create.isPending}
              aria-label={`Create the workflow of ${row.id}`}
            >
              {create.isPending ? 'Creating…' : 'Create'}
            </Button>
          )}
          <Button
            variant="secondary"
            aria-pressed={debugOn}
            aria-label={`Debug mode of ${row.id}`}
            title={workflowId ? undefined : 'Create the workflow first'}
            onClick={() => setDebug(!debugOn)}
            disabled={readOnly || !workflowId || debug.isPending}
          >
            {debugOn ? 'Debug: on' : 'Debug: off'}
          </Button>
        </div>
      </td>
    </tr>
  );
}
