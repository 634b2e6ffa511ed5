'use client';

import { Button } from '../../../components/ui/button';
import { editorStore, useEditor } from '../state/editor-store';
import { formatDuration } from '../../../components/ui/format-time';

const OUTCOME_TONE: Record<string, string> = { success: 'success', blocked: 'blocked', failure: 'failure' };

/** The run shown on the canvas: live or read back, its outcome, errors and how many nodes ran. */
export function RunSummary() {
  const trace = useEditor((s) => s.trace);
  if (trace.phase === 'idle') {
    return (
      <section className="inspector__section" aria-labelledby="run-title">
        <h3 id="run-title">Runs</h3>
        <p className="help">Runs of this workflow appear here live: use “Run with data”, or fire its trigger from MISP. Select a node to edit it.</p>
      </section>
    );
  }
  const count = Object.keys(trace.nodes).length;
  return (
    <section className="inspector__section run-summary" aria-labelledby="run-title" aria-live="polite">
      <h3 id="run-title">{trace.phase === 'running' ? 'Running…' : 'Last run'}</h3>
      {trace.outcome && (
        <p className="inspector__run">
          <span className={`wf-badge wf-badge--${OUTCOME_TONE[trace.outcome] ?? 'skipped'}`} data-testid="run-outcome">
            {trace.outcome}
          </span>
          {trace.durationMs !== undefined && <span className="mono">{formatDuration(trace.durationMs)}</span>}
        </p>
      )}
      <p className="help">
        {count} node(s) reached · {trace.origin === 'live' ? 'live trace' : 'from the execution record'} · <span className="mono">{trace.executionId}</span>
      </p>
      {trace.errors.length > 0 && (
        <ul className="run-summary__errors">
          {trace.errors.map((e) => (
            <li key={e} className="field-error">
              {e}
            </li>
          ))}
        </ul>
      )}
      <p className="help">Select a node to see its duration, error and data.</p>
      <Button type="button" variant="secondary" onClick={() => editorStore.getState().clearTrace()}>
        Clear trace
      </Button>
    </section>
  );
}
