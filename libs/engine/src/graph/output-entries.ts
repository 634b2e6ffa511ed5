import { isEmptyList } from './is-empty-list';
import type { GraphNode, OutputConnection } from './workflow-graph.types';

export type OutputEntry = {
  readonly name: string;
  readonly connections: readonly OutputConnection[];
};

// A node's outputs in JSON order with their connections in array order: the order in which the
// walker follows them (spec §3.4). `"outputs": []` means no output.
export function outputEntries(node: GraphNode): readonly OutputEntry[] {
  const { outputs } = node;
  if (isEmptyList(outputs)) return [];
  return Object.entries(outputs).map(([name, port]) => ({
    name,
    connections: port.connections,
  }));
}
