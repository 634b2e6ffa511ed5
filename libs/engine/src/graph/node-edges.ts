import { connectionNodeId } from './connection-node-id';
import { formatEdgeId, type EdgeRef } from './format-edge-id';
import { graphNodes } from './graph-nodes';
import { outputEntries } from './output-entries';
import type { WorkflowGraph } from './workflow-graph.types';

export type GraphEdge = EdgeRef & {
  readonly id: string;
  // The target's input name (drawflow stores it under the key `output`).
  readonly input: string;
};

// Every edge of the graph, read from `outputs` only as the server does (spec §2.2): nodes in key
// order, outputs in JSON order, connections in array order.
export function nodeEdges(graph: WorkflowGraph): readonly GraphEdge[] {
  return graphNodes(graph).flatMap((node) =>
    outputEntries(node).flatMap(({ name, connections }) =>
      connections.map((connection, index) => {
        const ref = {
          source: node.id,
          output: name,
          index,
          target: connectionNodeId(connection.node),
        };
        return { ...ref, id: formatEdgeId(ref), input: connection.output };
      }),
    ),
  );
}
