import { maxNodeId } from './max-node-id';
import { remapPorts } from './remap-ports';
import type { GraphNode, WorkflowGraph } from './workflow-graph.types';

export type InsertBlueprintInput = {
  readonly graph: WorkflowGraph;
  readonly blueprintNodes: readonly GraphNode[];
  // Added to every pasted node's position (the editor pastes relative to the cursor).
  readonly offset?: { readonly x: number; readonly y: number };
};

export type InsertBlueprintResult = {
  readonly graph: WorkflowGraph;
  // blueprint node id → id of the pasted copy
  readonly idMap: ReadonlyMap<number, number>;
};

// Pastes a blueprint's nodes into a graph like the editor does (spec §1.5): trigger nodes skipped,
// fresh ids from max + 1 in blueprint order, connections kept only between pasted nodes (outputs and
// inputs both rewritten, ids as strings), positions shifted. Node data is copied as stored; the
// editor would also refresh it from the module catalogue, which is not known here.
export function insertBlueprint({
  graph,
  blueprintNodes,
  offset = { x: 0, y: 0 },
}: InsertBlueprintInput): InsertBlueprintResult {
  const pasted = blueprintNodes.filter(
    (node) => node.data.module_type !== 'trigger',
  );
  const firstId = maxNodeId(graph) + 1;
  const byOldKey = new Map(
    pasted.map((node, i): [string, number] => [String(node.id), firstId + i]),
  );
  const copies = pasted.map((node, i): GraphNode => {
    const moved = {
      ...(typeof node.pos_x === 'number'
        ? { pos_x: node.pos_x + offset.x }
        : {}),
      ...(typeof node.pos_y === 'number'
        ? { pos_y: node.pos_y + offset.y }
        : {}),
    };
    return {
      ...node,
      id: firstId + i,
      inputs: remapPorts({ ports: node.inputs, idMap: byOldKey }),
      outputs: remapPorts({ ports: node.outputs, idMap: byOldKey }),
      ...moved,
    };
  });
  return {
    graph: {
      ...graph,
      ...Object.fromEntries(copies.map((node) => [String(node.id), node])),
    },
    idMap: new Map(pasted.map((node, i) => [node.id, firstId + i])),
  };
}
