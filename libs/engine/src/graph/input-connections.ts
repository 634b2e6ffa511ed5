import { isEmptyList } from './is-empty-list';
import type { GraphNode, InputConnection } from './workflow-graph.types';

export type InputConnectionEntry = {
  readonly inputName: string;
  readonly index: number;
  readonly connection: InputConnection;
};

// Every connection arriving at a node, input by input, in JSON order. Only the editor and the label
// decoration read inputs; the server's edge list comes from outputs (spec §2.2).
export function inputConnections(
  node: GraphNode,
): readonly InputConnectionEntry[] {
  const { inputs } = node;
  if (isEmptyList(inputs)) return [];
  return Object.entries(inputs).flatMap(([inputName, port]) =>
    port.connections.map((connection, index) => ({
      inputName,
      index,
      connection,
    })),
  );
}
