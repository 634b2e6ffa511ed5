import { graphNodes } from './graph-nodes';
import { findGraphNode } from './find-graph-node';
import { inputConnections } from './input-connections';
import { memberPath } from './member-path';
import { outputEntries } from './output-entries';
import type { WorkflowGraph } from './workflow-graph.types';

// Connections whose `node` is not a key of the graph. MISP would cast them with `(int)` and then read
// a missing node (PHP warnings, a null node walked as if it were an action), so they are refused.
export function findDanglingConnections(graph: WorkflowGraph): string[] {
  const errors: string[] = [];
  const report = (at: string, node: string): void => {
    if (findGraphNode(graph, node) === undefined)
      errors.push(
        `${at}: node ${JSON.stringify(node)} does not exist in the graph`,
      );
  };
  for (const node of graphNodes(graph)) {
    const nodePath = `graph${memberPath(String(node.id))}`;
    for (const { name, connections } of outputEntries(node)) {
      connections.forEach((c, i) =>
        report(
          `${nodePath}.outputs${memberPath(name)}.connections[${i}].node`,
          c.node,
        ),
      );
    }
    for (const { inputName, index, connection } of inputConnections(node)) {
      report(
        `${nodePath}.inputs${memberPath(inputName)}.connections[${index}].node`,
        connection.node,
      );
    }
  }
  return errors;
}
