'use client';

import type { NodeTrace } from '../utils/trace-reducer';
import { formatDuration } from '../../../components/ui/format-time';

/** What the last run did at this node: status, duration, error and the data after it. */
export function NodeRunDetails({ trace }: { trace: NodeTrace | undefined }) {
  return (
    <section className="inspector__section" aria-labelledby="node-run-title">
      <h3 id="node-run-title">Last run</h3>
      {!trace ? (
        <p className="help">This node did not run in the run shown.</p>
      ) : (
        <>
          <p className="inspector__run">
            <span className={`wf-badge wf-badge--${trace.status}`}>{trace.status}</span>
            {trace.durationMs !== undefined && <span className="mono">{formatDuration(trace.durationMs)}</span>}
            {trace.output && <span className="help">followed {trace.output}</span>}
          </p>
          {trace.error && (
            <p className="field-error" role="status">
              {trace.error}
            </p>
          )}
          {trace.dataPreview && (
            <>
              <h4 className="inspector__subtitle">Data after this node (preview)</h4>
              <pre className="preview" tabIndex={0} aria-label="Data preview">
                {prettyPreview(trace.dataPreview)}
              </pre>
            </>
          )}
        </>
      )}
    </section>
  );
}

/** Previews are cut at a byte limit, so they are often not valid JSON: pretty-print only when they are. */
function prettyPreview(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
