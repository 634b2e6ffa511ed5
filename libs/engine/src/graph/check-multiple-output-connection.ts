import { connectionNodeId } from './connection-node-id';
import type { MultipleOutputConnectionCheck } from './graph-check.types';
import { graphNodes } from './graph-nodes';
import { isPhpTruthy } from './is-php-truthy';
import { outputEntries } from './output-entries';
import type { WorkflowGraph } from './workflow-graph.types';

// MISP `GraphUtil::hasMultipleOutputConnection` (spec §4.1.3). The permission is read from the stored
// node data (`data.multiple_output_connection`, PHP `empty()`), not from the module, exactly as MISP
// does. Quirk kept: a node with several violating outputs only reports the last one.
export function checkMultipleOutputConnection(
  graph: WorkflowGraph,
): MultipleOutputConnectionCheck {
  // A Map keeps the first-insertion position on overwrite, like a PHP array.
  const edges = new Map<string, readonly number[]>();
  for (const node of graphNodes(graph)) {
    if (isPhpTruthy(node.data.multiple_output_connection)) continue;
    for (const { connections } of outputEntries(node)) {
      if (connections.length > 1)
        edges.set(
          String(node.id),
          connections.map((c) => connectionNodeId(c.node)),
        );
    }
  }
  return {
    has_multiple_output_connection: edges.size > 0,
    edges: edges.size > 0 ? Object.fromEntries(edges) : [],
  };
}
