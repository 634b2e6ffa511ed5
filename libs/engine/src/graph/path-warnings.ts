import type {
  PathWarningContext,
  PathWarningEdge,
  PathWarningsCheck,
} from './graph-check.types';
import { BLOCKING_PATH_WARNING } from './graph-validation-messages';
import { graphNodes } from './graph-nodes';
import { isConcurrentTaskNode } from './is-concurrent-task-node';
import { parseEdgeId } from './parse-edge-id';
import { walkIncludeLogic } from './walk-include-logic';
import type { WorkflowGraph } from './workflow-graph.types';

// MISP `Workflow::hasPathWarnings` (spec §4.2): from every concurrent-task node, walk statically; each
// node whose module is blocking flags every edge of the path that reached it, because a blocking module
// cannot block anything from inside a background job. Duplicates are kept, as in MISP.
export function pathWarnings(
  graph: WorkflowGraph,
  context: PathWarningContext,
): PathWarningsCheck {
  const isConcurrentTask = context.isConcurrentTask ?? isConcurrentTaskNode;
  const edges: PathWarningEdge[] = [];
  for (const start of graphNodes(graph).filter((node) =>
    isConcurrentTask(node),
  )) {
    for (const { node, pathList } of walkIncludeLogic({
      graph,
      startNodeId: start.id,
    })) {
      const module = {
        moduleType: node.data.module_type,
        moduleId: node.data.id,
      };
      if (!context.isBlockingModule(module)) continue;
      for (const edge of pathList) {
        const { source_id: source, next_node_id: next } = parseEdgeId(edge);
        edges.push([
          source,
          next,
          BLOCKING_PATH_WARNING,
          true,
          node.data.id,
          node.id,
        ]);
      }
    }
  }
  return { has_path_warnings: edges.length > 0, edges };
}
