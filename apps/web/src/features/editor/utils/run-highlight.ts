import type { NodeRunStatus } from '../types/decorations.types';

type EdgeLike = { id: string; source: string; target: string; sourceHandle?: string | null };

/**
 * Edges of the taken path: the source finished successfully and the target ran. When the output a logic
 * node followed is known, only that output's edges count.
 */
export function takenEdgeIds(args: {
  edges: readonly EdgeLike[];
  statuses: Readonly<Record<string, NodeRunStatus | undefined>>;
  followedOutputs?: Readonly<Record<string, string | undefined>>;
}): Set<string> {
  const taken = new Set<string>();
  for (const edge of args.edges) {
    if (args.statuses[edge.source] !== 'success' || args.statuses[edge.target] === undefined) continue;
    const followed = args.followedOutputs?.[edge.source];
    if (followed && edge.sourceHandle && followed !== edge.sourceHandle) continue;
    taken.add(edge.id);
  }
  return taken;
}
