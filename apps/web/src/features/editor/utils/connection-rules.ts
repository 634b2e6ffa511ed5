import type { WorkflowFlowEdge, WorkflowFlowNode } from '../mapping/flow.types';
import { nodeTitle } from './node-summary';
import { isPhpEmpty } from './php-empty';

export type ProposedConnection = { source: string; sourceHandle: string | null; target: string; targetHandle: string | null };
export type ConnectionCheck = { ok: true } | { ok: false; reason: string };

/**
 * The editor refuses what MISP's save would refuse (spec §4.1): a loop, a second connection from one output
 * (unless the node allows several, like Concurrent Task), plus drawflow's own refusals (self, duplicate).
 */
export function checkConnection(args: { nodes: readonly WorkflowFlowNode[]; edges: readonly WorkflowFlowEdge[]; connection: ProposedConnection }): ConnectionCheck {
  const { nodes, edges, connection: c } = args;
  const source = nodes.find((n) => n.id === c.source);
  const target = nodes.find((n) => n.id === c.target);
  if (!source || !target) return { ok: false, reason: 'Both ends of a connection must be nodes of this workflow.' };
  if (c.source === c.target) return { ok: false, reason: 'A node cannot be connected to itself.' };
  const sourceName = label(source);
  const targetName = label(target);
  if (edges.some((e) => e.source === c.source && e.target === c.target && e.sourceHandle === c.sourceHandle && e.targetHandle === c.targetHandle)) {
    return { ok: false, reason: `${sourceName} is already connected to ${targetName} this way.` };
  }
  const loop = pathBetween({ edges, from: c.target, to: c.source });
  if (loop) {
    const names = [...loop, c.target].map((id) => label(nodes.find((n) => n.id === id)));
    return { ok: false, reason: `Refused: this connection would create a loop (${names.join(' → ')}). Workflows cannot contain a cycle.` };
  }
  const sameOutput = edges.filter((e) => e.source === c.source && e.sourceHandle === c.sourceHandle);
  if (sameOutput.length > 0 && isPhpEmpty(source.data.stored.data.multiple_output_connection)) {
    return {
      ok: false,
      reason: `Refused: output ${c.sourceHandle ?? ''} of ${sourceName} is already connected. Only modules such as Concurrent Task accept more than one connection per output.`,
    };
  }
  return { ok: true };
}

/** A directed path `from … to` over existing edges (node ids, `from` first), or null. */
export function pathBetween(args: { edges: readonly { source: string; target: string }[]; from: string; to: string }): string[] | null {
  const next = new Map<string, string[]>();
  for (const e of args.edges) next.set(e.source, [...(next.get(e.source) ?? []), e.target]);
  const parent = new Map<string, string | null>([[args.from, null]]);
  const queue = [args.from];
  while (queue.length > 0) {
    const id = queue.shift() ?? '';
    if (id === args.to) {
      const path: string[] = [];
      for (let at: string | null | undefined = id; at; at = parent.get(at)) path.unshift(at);
      return path;
    }
    for (const n of next.get(id) ?? []) {
      if (!parent.has(n)) {
        parent.set(n, id);
        queue.push(n);
      }
    }
  }
  return null;
}

function label(node: WorkflowFlowNode | undefined): string {
  return node ? `${nodeTitle(node.data.stored, node.data.module)} (${node.id})` : '?';
}
