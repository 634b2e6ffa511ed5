import { isGraphNode } from './is-graph-node';
import {
  FRAMES_KEY,
  type GraphNode,
  type WorkflowGraph,
} from './workflow-graph.types';

// `graph[id]` as the walker reads it. A string is used verbatim as the key (connections hold strings
// that parseGraph checked against the keys); a number is the walker's `(int)` id.
export function findGraphNode(
  graph: WorkflowGraph,
  id: number | string,
): GraphNode | undefined {
  const key = String(id);
  if (key === FRAMES_KEY || !Object.prototype.hasOwnProperty.call(graph, key))
    return undefined;
  const entry = graph[key];
  return isGraphNode(entry) ? entry : undefined;
}
