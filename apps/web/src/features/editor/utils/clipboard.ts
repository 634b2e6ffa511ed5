import { edgeId } from '../mapping/edge-id';
import type { WorkflowFlowEdge, WorkflowFlowNode } from '../mapping/flow.types';
import type { StoredNode, StoredPorts } from '../types/workflow-graph.types';
import { isRecord } from './json-guards';
import { nextNodeId } from './new-node';

export type Clipboard = { nodes: WorkflowFlowNode[]; edges: WorkflowFlowEdge[] };

/** The selected nodes (never the trigger, spec §4.3) and the connections between them. */
export function copySelection(args: { nodes: readonly WorkflowFlowNode[]; edges: readonly WorkflowFlowEdge[] }): Clipboard {
  const nodes = args.nodes.filter((n) => n.selected && n.data.stored.data.module_type !== 'trigger');
  const ids = new Set(nodes.map((n) => n.id));
  return { nodes, edges: args.edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
}

/**
 * Pasted copies: fresh node ids (max + 1 …) and uids, connections between the copies recreated, the copies
 * moved by `offset` and selected.
 */
export function pasteClipboard(args: { clipboard: Clipboard; existingIds: readonly string[]; offset: { x: number; y: number } }): Clipboard {
  const { clipboard, offset } = args;
  const idMap = new Map<string, string>();
  let next = nextNodeId(args.existingIds);
  for (const n of clipboard.nodes) {
    idMap.set(n.id, String(next));
    next += 1;
  }
  const nodes = clipboard.nodes.map((n): WorkflowFlowNode => {
    const id = idMap.get(n.id) ?? n.id;
    const stored: StoredNode = {
      ...n.data.stored,
      id: Number(id),
      data: { ...n.data.stored.data, node_uid: `${String(n.data.stored.data['node_uid'] ?? 'copy')}-${id}` },
      inputs: emptyPorts(n.data.stored.inputs),
      outputs: emptyPorts(n.data.stored.outputs),
    };
    return { ...n, id, selected: true, position: { x: n.position.x + offset.x, y: n.position.y + offset.y }, data: { ...n.data, stored, absentRefs: [] } };
  });
  const edges = clipboard.edges.map((e): WorkflowFlowEdge => {
    const source = idMap.get(e.source) ?? e.source;
    const target = idMap.get(e.target) ?? e.target;
    const sourceHandle = e.sourceHandle ?? 'output_1';
    const targetHandle = e.targetHandle ?? 'input_1';
    return { id: edgeId({ source, sourceHandle, target, targetHandle }), source, target, sourceHandle, targetHandle, data: { loaded: false } };
  });
  return { nodes, edges };
}

/** Same port names, no connections: the copies' connections come from the pasted edges. */
function emptyPorts(ports: StoredPorts): StoredPorts {
  if (!isRecord(ports)) return [];
  return Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, { ...(isRecord(port) ? port : {}), connections: [] }]));
}
