import {
  collectConnectionLabels,
  type ConnectionLabelMap,
} from './collect-connection-labels';
import { connectionNodeId } from './connection-node-id';
import { findTriggerNodes } from './find-trigger-nodes';
import { inflectorVariable } from './inflector-variable';
import { isEmptyList } from './is-empty-list';
import { isGraphNode } from './is-graph-node';
import {
  FRAMES_KEY,
  type GraphEntry,
  type GraphNode,
  type InputConnection,
  type WorkflowGraph,
} from './workflow-graph.types';

// MISP `attachLabelToConnections` (spec §2.4): decorates input connections with the filtering labels
// active on them, for display. Returns a new graph; nodes without labels are shared, not copied.
// Without an explicit trigger id the first trigger node's module id is used; no matching trigger
// node means no labels.
export function attachConnectionLabels(
  graph: WorkflowGraph,
  triggerId?: string,
): WorkflowGraph {
  const triggers = findTriggerNodes(graph);
  const wanted = triggerId ?? triggers[0]?.data.id;
  const start = triggers.find((node) => node.data.id === wanted);
  if (start === undefined) return graph;
  const labels = collectConnectionLabels({ graph, startNodeId: start.id });
  if (labels.size === 0) return graph;
  const entries = Object.entries(graph).map(
    ([key, entry]): [string, GraphEntry] => {
      if (key === FRAMES_KEY || !isGraphNode(entry)) return [key, entry];
      const bySource = labels.get(entry.id);
      return [key, bySource === undefined ? entry : labelNode(entry, bySource)];
    },
  );
  return Object.fromEntries(entries);
}

function labelNode(
  node: GraphNode,
  bySource: NonNullable<ReturnType<ConnectionLabelMap['get']>>,
): GraphNode {
  const { inputs } = node;
  if (isEmptyList(inputs)) return node;
  const labelled = Object.entries(inputs).map(([name, port]) => {
    const connections = port.connections.map((connection): InputConnection => {
      const list = bySource.get(connectionNodeId(connection.node));
      // Divergence: MISP runs array_map on null here (source not reached from the trigger) and the
      // request dies with a TypeError; the connection is left undecorated instead.
      if (list === undefined) return connection;
      return {
        ...connection,
        labels: list.map((label) => ({
          id: inflectorVariable(label),
          name: label,
          variant: 'info',
        })),
      };
    });
    return [name, { ...port, connections }];
  });
  return { ...node, inputs: Object.fromEntries(labelled) };
}
