import { ToneBadge } from '../../../components/ui/tone-badge';
import { overheadView } from '../utils/trigger-table.util';

/** The overhead level; a trigger with a warning (MISP's `trigger_overhead_message`) shows it on demand. */
export function OverheadCell({ overhead, message }: { overhead: number; message: string }) {
  const { label, tone } = overheadView(overhead);
  return (
    <div className="overhead">
      <ToneBadge tone={tone}>{label}</ToneBadge>
      {message && (
        <details className="overhead-warning">
          <summary>⚠ warning</summary>
          <p role="note">{message}</p>
        </details>
      )}
    </div>
  );
}
