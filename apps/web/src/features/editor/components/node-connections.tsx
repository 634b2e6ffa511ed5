'use client';

import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import type { WorkflowFlowNode } from '../mapping/flow.types';
import { editorStore, useEditor } from '../state/editor-store';
import { checkConnection } from '../utils/connection-rules';
import { nodeTitle } from '../utils/node-summary';
import { outputLabel } from '../utils/port-names';

/**
 * The node's connections as a list, with a keyboard way to connect and disconnect (the canvas needs a
 * pointer). Refusals give the same reasons as on the canvas.
 */
export function NodeConnections({ node, readOnly }: { node: WorkflowFlowNode; readOnly: boolean }) {
  const { nodes, edges } = useEditor((s) => ({ nodes: s.nodes, edges: s.edges }));
  const outgoing = edges.filter((e) => e.source === node.id);
  const incoming = edges.filter((e) => e.target === node.id);
  const name = (id: string) => {
    const n = nodes.find((x) => x.id === id);
    return n ? `${nodeTitle(n.data.stored, n.data.module)} (${id})` : id;
  };
  const outputs = node.data.module?.outputs ?? node.data.outputs.length;
  return (
    <section className="inspector__section" aria-labelledby={`conn-${node.id}`}>
      <h3 id={`conn-${node.id}`}>Connections</h3>
      {incoming.length > 0 && (
        <ul className="inspector__list">
          {incoming.map((e) => (
            <li key={e.id}>
              from {name(e.source)}
              {!readOnly && <RemoveButton edgeId={e.id} label={`Remove connection from ${name(e.source)}`} />}
            </li>
          ))}
        </ul>
      )}
      {node.data.outputs.map((output) => (
        <div key={output} className="inspector__output">
          <div className="inspector__output-name">{outputLabel({ moduleType: node.data.stored.data.module_type, outputs, name: output })}</div>
          <ul className="inspector__list">
            {outgoing
              .filter((e) => e.sourceHandle === output)
              .map((e) => (
                <li key={e.id}>
                  to {name(e.target)}
                  {!readOnly && <RemoveButton edgeId={e.id} label={`Remove connection to ${name(e.target)}`} />}
                </li>
              ))}
          </ul>
          {!readOnly && <ConnectControl node={node} output={output} />}
        </div>
      ))}
    </section>
  );
}

function RemoveButton({ edgeId, label }: { edgeId: string; label: string }) {
  return (
    <button type="button" className="link-button inspector__remove" aria-label={label} onClick={() => editorStore.getState().removeEdge(edgeId)}>
      remove
    </button>
  );
}

function ConnectControl({ node, output }: { node: WorkflowFlowNode; output: string }) {
  const { nodes, edges } = useEditor((s) => ({ nodes: s.nodes, edges: s.edges }));
  const [target, setTarget] = useState('');
  const candidates = nodes.filter((n) => n.id !== node.id && n.data.inputs.length > 0);
  const id = `connect-${node.id}-${output}`;
  const connect = () => {
    const state = editorStore.getState();
    const to = nodes.find((n) => n.id === target);
    if (!to) return;
    const connection = { source: node.id, sourceHandle: output, target, targetHandle: to.data.inputs[0] ?? 'input_1' };
    const result = state.connect(connection);
    state.setNotice(result.ok ? null : { kind: 'error', text: result.reason });
    if (result.ok) setTarget('');
  };
  if (candidates.length === 0) return null;
  return (
    <div className="inspector__connect">
      <label htmlFor={id} className="visually-hidden">
        Connect {output} to
      </label>
      <select id={id} value={target} onChange={(e) => setTarget(e.target.value)}>
        <option value="">Connect to…</option>
        {candidates.map((n) => {
          const ok = checkConnection({ nodes, edges, connection: { source: node.id, sourceHandle: output, target: n.id, targetHandle: n.data.inputs[0] ?? 'input_1' } }).ok;
          return (
            <option key={n.id} value={n.id}>
              {nodeTitle(n.data.stored, n.data.module)} ({n.id}){ok ? '' : ' (refused)'}
            </option>
          );
        })}
      </select>
      <Button type="button" variant="secondary" disabled={target === ''} onClick={connect}>
        Connect
      </Button>
    </div>
  );
}
