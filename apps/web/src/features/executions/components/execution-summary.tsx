import Link from 'next/link';
import { formatDateTime, formatDuration } from '../../../components/ui/format-time';
import { ToneBadge } from '../../../components/ui/tone-badge';
import type { ExecutionDetail } from '../types/execution.types';
import { outcomeTone } from '../utils/execution-view.util';

export function ExecutionSummary({ execution, workflowName }: { execution: ExecutionDetail; workflowName: string | null }) {
  return (
    <div className="card execution-summary">
      <dl className="summary-grid">
        <dt>Outcome</dt>
        <dd>
          <ToneBadge tone={outcomeTone(execution.outcome)}>{execution.outcome}</ToneBadge>
          {execution.outcome_text !== execution.outcome && <span className="muted"> {execution.outcome_text}</span>}
        </dd>
        <dt>Workflow</dt>
        <dd>
          {execution.workflow_id ? (
            <Link prefetch={false} href={`/workflows/${execution.workflow_id}`}>{workflowName ?? execution.workflow_id}</Link>
          ) : (
            <span className="muted">none</span>
          )}
        </dd>
        <dt>Trigger</dt>
        <dd className="mono">{execution.trigger_id}</dd>
        <dt>Source</dt>
        <dd>{execution.source === 'hook' ? 'hook (called by MISP)' : execution.source}</dd>
        <dt>Started</dt>
        <dd>{formatDateTime(execution.started_at)}</dd>
        <dt>Duration</dt>
        <dd>{formatDuration(execution.duration_ms)}</dd>
        <dt>Steps</dt>
        <dd>{execution.steps.length}</dd>
        <dt>Execution id</dt>
        <dd className="mono">{execution.id}</dd>
      </dl>
      {execution.errors.length > 0 && (
        <>
          <h2>Errors</h2>
          <ul className="errors-list">
            {execution.errors.map((e, i) => (
              <li key={i} className="pre-wrap">
                {e}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
