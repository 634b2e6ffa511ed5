import { connectionNodeId } from './connection-node-id';
import { graphNodes } from './graph-nodes';
import { outputEntries } from './output-entries';
import type { WorkflowGraph } from './workflow-graph.types';

// MISP `GraphUtil::_buildEdgeList` (spec §4.1.1): node id → successor ids from `outputs`, nodes in
// graph order. A Map keeps that order; a JS object would re-sort integer keys.
export function buildEdgeList(
  graph: WorkflowGraph,
): ReadonlyMap<number, readonly number[]> {
  const list = new Map<number, readonly number[]>();
  for (const node of graphNodes(graph)) {
    const successors = outputEntries(node).flatMap(({ connections }) =>
      connections.map((c) => connectionNodeId(c.node)),
    );
    list.set(node.id, successors);
  }
  return list;
}
