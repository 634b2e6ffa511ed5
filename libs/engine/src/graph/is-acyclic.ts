import { buildEdgeList } from './build-edge-list';
import type { AcyclicCheck, CycleEdge } from './graph-check.types';
import { CYCLE_LABEL } from './graph-validation-messages';
import type { WorkflowGraph } from './workflow-graph.types';

type Color = 'WHITE' | 'GRAY' | 'BLACK';
type DfsFrame = { readonly node: number; next: number };

// MISP `GraphUtil::isCyclic` (spec §4.1.1): colour DFS over the edge list in graph order, stopping at
// the first back edge. The reported cycle starts with the back edge and walks backwards up the DFS
// stack until the node where the cycle closes. Iterative so that a long chain cannot overflow the stack.
export function isAcyclic(graph: WorkflowGraph): AcyclicCheck {
  const edges = buildEdgeList(graph);
  const color = new Map<number, Color>(
    [...edges.keys()].map((id) => [id, 'WHITE']),
  );
  for (const root of edges.keys()) {
    if (color.get(root) !== 'WHITE') continue;
    const cycles = depthFirst({ root, edges, color });
    if (cycles !== null) return { is_acyclic: false, cycles };
  }
  return { is_acyclic: true, cycles: [] };
}

type DepthFirstInput = {
  root: number;
  edges: ReadonlyMap<number, readonly number[]>;
  color: Map<number, Color>;
};

function depthFirst({
  root,
  edges,
  color,
}: DepthFirstInput): CycleEdge[] | null {
  const stack: DfsFrame[] = [{ node: root, next: 0 }];
  color.set(root, 'GRAY');
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const successors = edges.get(frame.node) ?? [];
    if (frame.next >= successors.length) {
      color.set(frame.node, 'BLACK');
      stack.pop();
      continue;
    }
    const successor = successors[frame.next];
    frame.next += 1;
    // Successors that are not nodes have no colour: PHP compares null with both colours and moves on.
    if (color.get(successor) === 'GRAY') return unwindCycle(stack, successor);
    if (color.get(successor) === 'WHITE') {
      color.set(successor, 'GRAY');
      stack.push({ node: successor, next: 0 });
    }
  }
  return null;
}

// The recursive MISP version records [u, v] on the way back up while `loopNode` is set, and clears
// `loopNode` once it returns through the node where the cycle closes.
function unwindCycle(
  stack: readonly DfsFrame[],
  loopTarget: number,
): CycleEdge[] {
  const top = stack[stack.length - 1];
  const cycles: CycleEdge[] = [[top.node, loopTarget, CYCLE_LABEL]];
  let loopNode: number | null = loopTarget;
  for (let i = stack.length - 2; i >= 0 && loopNode !== null; i -= 1) {
    const parent = stack[i].node;
    cycles.push([parent, stack[i + 1].node, CYCLE_LABEL]);
    if (loopNode === parent) loopNode = null;
  }
  return cycles;
}
