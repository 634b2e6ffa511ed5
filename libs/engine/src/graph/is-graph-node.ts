import { isEmptyList } from './is-empty-list';
import type { GraphEntry, GraphNode } from './workflow-graph.types';

// Graph entries are nodes or the `_frames` map. A frame map's values are objects, so it can never hold
// a numeric `id`, while every parsed node has one: that is enough to tell them apart.
export function isGraphNode(entry: GraphEntry | undefined): entry is GraphNode {
  if (entry === undefined || isEmptyList(entry)) return false;
  return typeof entry['id'] === 'number';
}
