'use client';

import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { formatDuration } from '../../../components/ui/format-time';
import type { WorkflowFlowNode } from '../mapping/flow.types';
import { nodeTitle, paramSummary } from '../utils/node-summary';
import { outputLabel } from '../utils/port-names';
import { filtersEnabled } from '../utils/saved-filters';
import { useNodeDecoration } from './canvas-decorations';

const STATUS_TEXT = { running: 'running', success: 'success', failure: 'failure', blocked: 'blocked', skipped: 'skipped' } as const;

/** One workflow node: title, class, a few params, handles, and the run status and warnings it is decorated with. */
export const WorkflowNode = memo(function WorkflowNode({ id, data, selected }: NodeProps<WorkflowFlowNode>) {
  const { stored, module } = data;
  const decoration = useNodeDecoration(id);
  const type = stored.data.module_type;
  const title = nodeTitle(stored, module);
  const status = decoration.status;
  const warnings = decoration.warnings ?? [];
  const classes = ['wf-node', `wf-node--${type}`, status ? `wf-node--${status}` : '', selected ? 'wf-node--selected' : '', module ? '' : 'wf-node--invalid'];
  const outputs = module?.outputs ?? data.outputs.length;

  return (
    <div className={classes.filter(Boolean).join(' ')} data-node-id={id} data-module-id={stored.data.id} data-status={status ?? ''}>
      {data.inputs.map((name, i) => (
        <Handle key={name} type="target" position={Position.Left} id={name} style={{ top: handleTop(i, data.inputs.length) }} aria-label={`${title} input ${name}`} />
      ))}
      <div className="wf-node__head">
        <span className="wf-node__type">{type}</span>
        <span className="wf-node__id">#{stored.id}</span>
        {module?.blocking && <span className="wf-node__flag" title="Blocking module: a failure stops the execution">blocking</span>}
        {filtersEnabled(stored) && <span className="wf-node__flag" title="Filtering conditions are set">filter</span>}
      </div>
      <div className="wf-node__title">{title}</div>
      {!module && (
        <div className="wf-node__error">
          Invalid module id `{stored.data.id}` ({stored.id})
        </div>
      )}
      {paramSummary({ node: stored, module }).map((line) => (
        <div key={line} className="wf-node__param">
          {line}
        </div>
      ))}
      {(status || decoration.durationMs !== undefined) && (
        <div className="wf-node__status" role="status">
          {status && <span className={`wf-badge wf-badge--${status}`}>{STATUS_TEXT[status]}</span>}
          {decoration.durationMs !== undefined && <span className="wf-node__duration">{formatDuration(decoration.durationMs)}</span>}
        </div>
      )}
      {warnings.slice(0, 3).map((w) => (
        <div key={w.text} className={`wf-node__warning wf-node__warning--${w.severity === 'error' ? 'error' : 'warning'}`} title={w.description}>
          {w.text}
        </div>
      ))}
      {data.outputs.map((name, i) => (
        <Handle key={name} type="source" position={Position.Right} id={name} style={{ top: handleTop(i, data.outputs.length) }} aria-label={`${title} output ${name}`}>
          {data.outputs.length > 1 && <span className="wf-node__port-label">{outputLabel({ moduleType: type, outputs, name })}</span>}
        </Handle>
      ))}
    </div>
  );
});

function handleTop(index: number, count: number): string {
  return `${((index + 1) * 100) / (count + 1)}%`;
}

export const NODE_TYPES = { workflow: WorkflowNode };
