import Link from 'next/link';
import { formatDateTime, formatDuration } from '../../../components/ui/format-time';
import { ToneBadge } from '../../../components/ui/tone-badge';
import type { WorkflowSummary } from '../../triggers/types/trigger.types';
import type { ExecutionSummary } from '../types/execution.types';
import { outcomeTone } from '../utils/execution-view.util';

type Props = { rows: ExecutionSummary[]; workflows: Map<string, WorkflowSummary> };

export function ExecutionsTable({ rows, workflows }: Props) {
  return (
    <div className="table-wrap">
      <table className="data-table executions-table">
        <caption className="visually-hidden">Workflow executions, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Started</th>
            <th scope="col">Workflow</th>
            <th scope="col">Trigger</th>
            <th scope="col">Source</th>
            <th scope="col">Outcome</th>
            <th scope="col" className="num">
              Duration
            </th>
            <th scope="col">Errors</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const workflow = row.workflow_id ? workflows.get(row.workflow_id) : undefined;
            return (
              <tr key={row.id} data-execution={row.id}>
                <th scope="row" className="nowrap">
                  <Link href={`/executions/${row.id}`} aria-label={`Execution of ${formatDateTime(row.started_at)}, ${row.outcome}: details`}>
                    {formatDateTime(row.started_at)}
                  </Link>
                </th>
                <td>{workflow ? workflow.name : row.workflow_id ? <span className="muted">deleted workflow</span> : <span className="muted">—</span>}</td>
                <td className="mono">{row.trigger_id}</td>
                <td>{row.source}</td>
                <td>
                  <ToneBadge tone={outcomeTone(row.outcome)} title={row.outcome_text}>
                    {row.outcome}
                  </ToneBadge>
                </td>
                <td className="num">{formatDuration(row.duration_ms)}</td>
                <td className="execution-errors">
                  {row.errors.length === 0 ? (
                    <span className="muted">none</span>
                  ) : (
                    <span className="cell-error" title={row.errors.join('\n')}>
                      {row.errors.length > 1 ? `(${row.errors.length}) ` : ''}
                      {row.errors[0]}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
