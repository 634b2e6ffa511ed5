import type { StoredGraph, StoredNode, StoredPorts } from '../types/workflow-graph.types';
import { isRecord } from '../utils/json-guards';
import { connectionNodeId } from '../utils/stored-node.util';
import { edgeId } from './edge-id';
import type { FlowGraph, WorkflowFlowEdge, WorkflowFlowNode } from './flow.types';

/**
 * Writes React Flow state back to MISP's stored format. Every stored field is kept verbatim; only
 * `outputs`, `inputs`, `pos_x` and `pos_y` are rebuilt, and unchanged connections keep their stored
 * objects and order, so a graph that was only loaded is written back identical (round-trip tests).
 */
export function flowToGraph(flow: Pick<FlowGraph, 'nodes' | 'edges' | 'extras'>): StoredGraph {
  const present = new Set(flow.nodes.map((n) => n.id));
  const edgeIds = new Set(flow.edges.map((e) => e.id));
  const graph: StoredGraph = {};
  for (const node of flow.nodes) {
    const ctx: NodeContext = { node, present, edgeIds };
    const outgoing = flow.edges.filter((e) => e.source === node.id);
    const incoming = flow.edges.filter((e) => e.target === node.id);
    graph[node.id] = rebuild(node.data.stored, {
      outputs: rebuildPorts({ ctx, stored: node.data.stored.outputs, edges: outgoing, side: 'outputs' }),
      inputs: rebuildPorts({ ctx, stored: node.data.stored.inputs, edges: incoming, side: 'inputs' }),
      pos_x: node.position.x,
      pos_y: node.position.y,
    });
  }
  for (const [key, value] of Object.entries(flow.extras)) graph[key] = value;
  return graph;
}

type NodeContext = { node: WorkflowFlowNode; present: ReadonlySet<string>; edgeIds: ReadonlySet<string> };
type Side = 'outputs' | 'inputs';

/** Same key order as the stored node; new keys (a node that had no position) go last. */
function rebuild(stored: StoredNode, changes: Pick<StoredNode, 'outputs' | 'inputs' | 'pos_x' | 'pos_y'>): StoredNode {
  const out: StoredNode = { ...stored, outputs: changes.outputs, inputs: changes.inputs };
  // A stored node without a position is drawn at 0,0; it only gains one when it is moved.
  const positioned = stored.pos_x !== undefined || stored.pos_y !== undefined || changes.pos_x !== 0 || changes.pos_y !== 0;
  if (positioned) {
    out.pos_x = changes.pos_x;
    out.pos_y = changes.pos_y;
  }
  return out;
}

function rebuildPorts(args: { ctx: NodeContext; stored: unknown; edges: WorkflowFlowEdge[]; side: Side }): StoredPorts {
  const { ctx, stored, edges, side } = args;
  const covered = new Set<string>();
  const result: Record<string, Record<string, unknown>> = {};
  if (isRecord(stored)) {
    for (const [name, port] of Object.entries(stored)) {
      const connections = isRecord(port) && Array.isArray(port['connections']) ? port['connections'] : [];
      const kept = connections.filter((c: unknown) => keepConnection({ ctx, side, port: name, connection: c, covered }));
      result[name] = { ...(isRecord(port) ? port : {}), connections: kept };
    }
  }
  const handleOf = (e: WorkflowFlowEdge) => (side === 'outputs' ? e.sourceHandle : e.targetHandle) ?? '';
  for (const edge of edges) {
    if (covered.has(edge.id)) continue;
    // A loaded edge the stored target never listed in its inputs stays unlisted (verbatim).
    if (side === 'inputs' && edge.data?.loaded) continue;
    const name = handleOf(edge);
    const connection = side === 'outputs' ? { node: edge.target, output: edge.targetHandle ?? '' } : { node: edge.source, input: edge.sourceHandle ?? '' };
    const port = result[name] ?? { connections: [] };
    const list: unknown = port['connections'];
    result[name] = { ...port, connections: [...(Array.isArray(list) ? list : []), connection] };
    covered.add(edge.id);
  }
  // PHP's empty map is `[]`: a node stored with `[]` and still without connections keeps it.
  if (!isRecord(stored) && Object.keys(result).length === 0) return Array.isArray(stored) ? stored : [];
  return ordered(result, side === 'outputs' ? args.ctx.node.data.outputs : args.ctx.node.data.inputs, stored);
}

function keepConnection(args: { ctx: NodeContext; side: Side; port: string; connection: unknown; covered: Set<string> }): boolean {
  const { ctx, side, port, connection, covered } = args;
  if (!isRecord(connection)) return true;
  const other = connectionNodeId(connection['node']);
  const otherPort = connection[side === 'outputs' ? 'output' : 'input'];
  if (typeof otherPort !== 'string') return true;
  const id =
    side === 'outputs'
      ? edgeId({ source: ctx.node.id, sourceHandle: port, target: other, targetHandle: otherPort })
      : edgeId({ source: other, sourceHandle: otherPort, target: ctx.node.id, targetHandle: port });
  if (ctx.edgeIds.has(id)) {
    covered.add(id);
    return true;
  }
  // Connections to nodes the stored graph never had cannot be edges; they are not ours to drop.
  return ctx.node.data.absentRefs.includes(other) && !ctx.present.has(other);
}

/** Stored ports keep their order; ports added by new connections follow the handle order. */
function ordered(ports: Record<string, Record<string, unknown>>, handles: string[], stored: unknown): StoredPorts {
  const storedNames = isRecord(stored) ? Object.keys(stored) : [];
  const names = [...storedNames, ...handles.filter((h) => !storedNames.includes(h)), ...Object.keys(ports)];
  const out: Record<string, { connections: unknown[]; [extra: string]: unknown }> = {};
  for (const name of names) {
    const port = ports[name];
    if (!port || out[name]) continue;
    const list: unknown = port['connections'];
    out[name] = { ...port, connections: Array.isArray(list) ? list : [] };
  }
  return out;
}
