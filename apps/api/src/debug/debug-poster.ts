import { graph as graphHelpers, type GraphNode, type TraceEvent, type WalkResult, type WorkflowGraph } from '@misp-wf/engine';

export type DebugSend = (path: string, body: unknown) => void;

/**
 * Debug mode's POSTs for one run (spec §7.2): `/init`, one `/exec/<module>?result=…` per executed node,
 * `/end`. Calls go out in order but nobody waits for them, and a failed call is only logged: an unreachable
 * debug URL never fails a run (MISP#9872).
 */
export function createDebugPoster(args: { baseUrl: string; triggerId: string; graph: WorkflowGraph; post: (url: string, body: string) => Promise<void> }) {
  let chain: Promise<void> = Promise.resolve();
  const send: DebugSend = (path, body) => {
    const url = `${args.baseUrl.replace(/\/+$/, '')}/${args.triggerId}${path}`;
    const text = JSON.stringify(body);
    chain = chain.then(() => args.post(url, text));
  };
  return {
    init: (type: 'blocking' | 'non-blocking', original: unknown, normalized: unknown) =>
      send(`/init?type=${type}`, envelope(null, { original, normalized })),
    node: (event: Extract<TraceEvent, { type: 'node:finished' }>) => {
      const node = graphHelpers.findGraphNode(args.graph, event.nodeId);
      if (!node || node.data.module_type === 'trigger' || event.status === 'skipped') return;
      send(`/exec/${event.moduleId}?result=${resultOf(node, event)}`, envelope(node, event.data ?? {}, event.error));
    },
    end: (outcome: string, walk: WalkResult) => {
      const nodes = (ids: number[]) => ids.map((id) => graphHelpers.findGraphNode(args.graph, id)).filter(Boolean);
      send(`/end?outcome=${outcome}`, envelope(null, { blocking_nodes: nodes(walk.blocking_nodes), executed_nodes: nodes(walk.executed_nodes), blocked_paths: walk.blocked_paths }));
    },
    /** Resolves when every call so far has been attempted (tests, shutdown). */
    settled: () => chain,
  };
}

function resultOf(node: GraphNode, event: Extract<TraceEvent, { type: 'node:finished' }>): string {
  const error = event.error ?? '';
  if (error.startsWith('Could not execute disabled module')) return 'disabled_module';
  if (error.startsWith('Could not load class for module')) return 'loading_error';
  // MISP puts the raw message in the query string, unencoded; we encode it so the URL stays valid.
  if (error.startsWith('Error while executing module')) return `error&message=${encodeURIComponent(error.replace(/^Error while executing module \S+ Error: /, ''))}`;
  if (node.data.module_type === 'logic') return 'success';
  return event.status === 'success' ? 'success' : 'partial-success';
}

function envelope(node: GraphNode | null, data: unknown, error?: string) {
  return {
    source: {
      node_id: node ? node.id : '',
      module_id: node ? node.data.id : '',
      filters: node ? (node.data.saved_filters ?? '') : '',
      parameters: node ? (node.data.indexed_params ?? '') : '',
    },
    timestamp: new Date().toISOString(),
    data,
    ...(error ? { errors: [error] } : {}),
  };
}
