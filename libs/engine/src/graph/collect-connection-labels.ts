import { graphNodes } from './graph-nodes';
import { isEmptyList } from './is-empty-list';
import { parseEdgeId } from './parse-edge-id';
import { walkIncludeLogic } from './walk-include-logic';
import type { WorkflowGraph } from './workflow-graph.types';

// target node id → source node id → filtering labels active on that connection.
export type ConnectionLabelMap = ReadonlyMap<
  number,
  ReadonlyMap<number, readonly string[]>
>;

// MISP `Workflow::getLabelsForConnections` (spec §2.4 steps 2–4): walk statically from the start node;
// on each visit, recompute the labels of the connection it arrived by from the filter and reset
// nodes along its path. Nodes whose label lists are all empty are dropped.
export function collectConnectionLabels({
  graph,
  startNodeId,
}: {
  graph: WorkflowGraph;
  startNodeId: number;
}): ConnectionLabelMap {
  const filters = labelsByNode(graph, 'generic-filter-data');
  const resets = labelsByNode(graph, 'generic-filter-reset');
  const labels = new Map<number, Map<number, string[]>>();
  for (const { node, pathList } of walkIncludeLogic({ graph, startNodeId })) {
    if (pathList.length === 0) continue;
    const previous = Number(
      parseEdgeId(pathList[pathList.length - 1]).source_id,
    );
    let list: string[] = [];
    for (const edge of pathList) {
      const source = Number(parseEdgeId(edge).source_id);
      const added = filters.get(source);
      if (added !== undefined) list.push(added);
      const reset = resets.get(source);
      if (reset !== undefined)
        list = reset === 'all' ? [] : list.filter((label) => label !== reset);
    }
    const bySource = labels.get(node.id) ?? new Map<number, string[]>();
    labels.set(node.id, bySource.set(previous, list));
  }
  for (const [nodeId, bySource] of labels) {
    if (![...bySource.values()].some((list) => list.length > 0))
      labels.delete(nodeId);
  }
  return labels;
}

// `Hash::combine(nodes, '{n}.id', '{n}.data.indexed_params.filtering-label')`, keeping the labels
// PHP's `empty()` lets through. (Hash::combine throws in MISP when a filter node has no label at
// all, failing the request; such nodes are simply ignored here.) The editor only offers string labels.
function labelsByNode(
  graph: WorkflowGraph,
  moduleId: string,
): ReadonlyMap<number, string> {
  const result = new Map<number, string>();
  for (const node of graphNodes(graph)) {
    if (node.data.module_type !== 'logic' || node.data.id !== moduleId)
      continue;
    const params = node.data.indexed_params;
    const label =
      params === undefined || isEmptyList(params)
        ? undefined
        : params['filtering-label'];
    if (typeof label === 'string' && label !== '' && label !== '0')
      result.set(node.id, label);
  }
  return result;
}
