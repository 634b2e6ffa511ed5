import { Button } from '../../../components/ui/button';
import { formatDateTime, formatDuration } from '../../../components/ui/format-time';
import { ToneBadge } from '../../../components/ui/tone-badge';
import { outputLabel } from '../../editor/utils/port-names';
import type { ModuleRow } from '../../modules/types/module.types';
import type { ExecutionStep } from '../types/execution.types';
import { prettyPreview, stepTone } from '../utils/execution-view.util';

type Props = {
  steps: ExecutionStep[];
  cursor: number;
  selectedNode: string | null;
  modulesById: Map<string, ModuleRow>;
  onSeek: (cursor: number) => void;
};

/** Every executed node in order; the replay position marks the current step and dims the ones after it. */
export function ExecutionStepsTable({ steps, cursor, selectedNode, modulesById, onSeek }: Props) {
  return (
    <div className="table-wrap">
      <table className="data-table steps-table">
        <caption className="visually-hidden">Steps of this run, in execution order</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              #
            </th>
            <th scope="col">Node</th>
            <th scope="col">Status</th>
            <th scope="col">Started</th>
            <th scope="col" className="num">
              Duration
            </th>
            <th scope="col">Error / output</th>
            <th scope="col">Data</th>
            <th scope="col">
              <span className="visually-hidden">Replay</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {steps.map((step, index) => {
            const classes = [
              index === cursor - 1 ? 'step-current' : '',
              index >= cursor ? 'step-future' : '',
              selectedNode === String(step.node_id) ? 'step-selected' : '',
            ].filter(Boolean);
            const module = modulesById.get(step.module_id);
            return (
              <tr key={index} className={classes.join(' ') || undefined} data-step={index + 1} aria-current={index === cursor - 1 ? 'step' : undefined}>
                <td className="num">{index + 1}</td>
                <th scope="row">
                  {module?.name ?? step.module_id}
                  <span className="mono muted step-node-meta">
                    node {step.node_id} · {step.module_id}
                  </span>
                </th>
                <td>
                  <ToneBadge tone={stepTone(step.status)}>{step.status}</ToneBadge>
                </td>
                <td className="nowrap mono">{formatDateTime(step.started_at)}</td>
                <td className="num">{formatDuration(step.duration_ms)}</td>
                <td>
                  {step.error && <p className="step-error cell-error">{step.error}</p>}
                  {step.output && <span className="muted">followed {followedText(step.output, module)}</span>}
                  {!step.error && !step.output && <span className="muted">—</span>}
                </td>
                <td>
                  {step.data_preview ? (
                    <details>
                      <summary>Preview</summary>
                      <pre className="preview">{prettyPreview(step.data_preview)}</pre>
                    </details>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td>
                  <Button variant="secondary" onClick={() => onSeek(index + 1)} aria-label={`Replay up to step ${index + 1}`}>
                    Show
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** `then (output_1)` for an IF node, the port name otherwise. */
function followedText(output: string, module: ModuleRow | undefined): string {
  const label = module ? outputLabel({ moduleType: module.module_type, outputs: module.outputs, name: output }) : output;
  return label === output ? output : `${label} (${output})`;
}
