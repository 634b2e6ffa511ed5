import { connectionNodeId } from './connection-node-id';
import { findGraphNode } from './find-graph-node';
import { formatEdgeId } from './format-edge-id';
import { outputEntries } from './output-entries';
import type { GraphNode, WorkflowGraph } from './workflow-graph.types';

export type StaticVisit = {
  readonly node: GraphNode;
  readonly pathList: readonly string[];
};

// Depth-first walks may revisit a node once per distinct path, which grows exponentially with
// re-merging if/else branches. Real workflows stay far below this; a hostile graph posted to
// check-graph must not hang the server (MISP has no such bound).
export const STATIC_WALK_MAX_VISITS = 100_000;

type WalkOptions = {
  graph: WorkflowGraph;
  startNodeId: number;
  maxVisits?: number;
};

// MISP's `include-logic` walk (spec §3.4): no execution, every node yielded (trigger and logic
// included) before its successors, every output followed in JSON order, connections in array order.
// An edge already on the current path is skipped, which is what stops MISP's walk on a cycle.
export function* walkIncludeLogic({
  graph,
  startNodeId,
  maxVisits = STATIC_WALK_MAX_VISITS,
}: WalkOptions): Generator<StaticVisit> {
  yield* visit({
    graph,
    nodeId: startNodeId,
    pathList: [],
    budget: { left: maxVisits },
  });
}

type VisitState = {
  graph: WorkflowGraph;
  nodeId: number;
  pathList: readonly string[];
  budget: { left: number };
};

function* visit({
  graph,
  nodeId,
  pathList,
  budget,
}: VisitState): Generator<StaticVisit> {
  // A missing node only happens with unchecked dangling connections; MISP would walk a null node.
  const node = findGraphNode(graph, nodeId);
  if (node === undefined || budget.left <= 0) return;
  budget.left -= 1;
  yield { node, pathList };
  for (const { name, connections } of outputEntries(node)) {
    for (const [index, connection] of connections.entries()) {
      const target = connectionNodeId(connection.node);
      const edge = formatEdgeId({
        source: nodeId,
        output: name,
        index,
        target,
      });
      if (pathList.includes(edge)) continue;
      yield* visit({
        graph,
        nodeId: target,
        pathList: [...pathList, edge],
        budget,
      });
    }
  }
}
