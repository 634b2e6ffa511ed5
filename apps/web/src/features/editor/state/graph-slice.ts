import { applyEdgeChanges, applyNodeChanges } from '@xyflow/react';
import type { StateCreator } from 'zustand';
import { edgeId } from '../mapping/edge-id';
import { flowToGraph } from '../mapping/flow-to-graph';
import type { WorkflowFlowEdge } from '../mapping/flow.types';
import { graphToFlow, indexModules } from '../mapping/graph-to-flow';
import { autoLayout } from '../utils/auto-layout';
import { copySelection, pasteClipboard } from '../utils/clipboard';
import { checkConnection } from '../utils/connection-rules';
import { newStoredNode, nextNodeId, toFlowNode } from '../utils/new-node';
import type { EditorState, GraphSlice, Snapshot } from './editor-store.types';

const HISTORY_LIMIT = 100;
const COALESCE_MS = 1200;

// Module-level because they are bookkeeping, not state to render: a coalesced edit and a drag in progress.
let lastCoalesce: { key: string; at: number } | null = null;
let dragStart: Snapshot | null = null;
let revisionCounter = 0;

const nextRevision = () => (revisionCounter += 1);

/** The graph slice: React Flow nodes/edges, undo history and the edits the editor offers. */
export const createGraphSlice: StateCreator<EditorState, [], [], GraphSlice> = (set, get) => {
  const snapshot = (): Snapshot => {
    const s = get();
    return { nodes: s.nodes, edges: s.edges, extras: s.extras, revision: s.revision };
  };

  /** Records the current state for undo, then applies `next` with a new revision. */
  const commit = (next: Partial<Pick<GraphSlice, 'nodes' | 'edges' | 'extras'>>, options: { structural?: boolean; coalesceKey?: string } = {}) => {
    const now = Date.now();
    const coalesce = options.coalesceKey !== undefined && lastCoalesce?.key === options.coalesceKey && now - lastCoalesce.at < COALESCE_MS;
    lastCoalesce = options.coalesceKey ? { key: options.coalesceKey, at: now } : null;
    set((s) => ({
      ...next,
      past: coalesce ? s.past : [...s.past, snapshot()].slice(-HISTORY_LIMIT),
      future: [],
      revision: nextRevision(),
      structureVersion: options.structural ? s.structureVersion + 1 : s.structureVersion,
    }));
  };

  const restore = (target: Snapshot, into: 'past' | 'future') => {
    const current = snapshot();
    lastCoalesce = null;
    set((s) => ({
      nodes: target.nodes,
      edges: target.edges,
      extras: target.extras,
      revision: target.revision,
      structureVersion: s.structureVersion + 1,
      past: into === 'past' ? [...s.past, current] : s.past.slice(0, -1),
      future: into === 'future' ? [...s.future, current] : s.future.slice(0, -1),
    }));
  };

  return {
    workflow: null,
    modulesById: new Map(),
    nodes: [],
    edges: [],
    extras: {},
    revision: 0,
    savedRevision: 0,
    structureVersion: 0,
    past: [],
    future: [],
    clipboard: null,

    load: ({ workflow, modules }) => {
      const modulesById = indexModules(modules);
      const flow = graphToFlow(workflow.data ?? {}, modulesById);
      const revision = nextRevision();
      lastCoalesce = null;
      dragStart = null;
      set((s) => ({
        workflow,
        modulesById,
        nodes: flow.nodes,
        edges: flow.edges,
        extras: flow.extras,
        revision,
        savedRevision: revision,
        structureVersion: s.structureVersion + 1,
        past: [],
        future: [],
        notice: loadNotice(flow),
        saveFeedback: null,
      }));
    },

    onNodesChange: (changes) => {
      const silent = changes.filter((c) => c.type === 'select' || c.type === 'dimensions');
      const moves = changes.filter((c) => c.type === 'position');
      const others = changes.filter((c) => c.type !== 'select' && c.type !== 'dimensions' && c.type !== 'position');
      if (silent.length > 0) set((s) => ({ nodes: applyNodeChanges(silent, s.nodes) }));
      if (moves.length > 0) {
        dragStart ??= snapshot();
        set((s) => ({ nodes: applyNodeChanges(moves, s.nodes) }));
        // A drag ends with `dragging: false`; keyboard moves arrive that way directly.
        if (moves.every((c) => c.type === 'position' && c.dragging !== true)) {
          const before = dragStart;
          dragStart = null;
          const moved = get().nodes.some((n) => before.nodes.find((b) => b.id === n.id)?.position !== n.position);
          if (moved) set((s) => ({ past: [...s.past, before].slice(-HISTORY_LIMIT), future: [], revision: nextRevision() }));
        }
      }
      if (others.length > 0) {
        const removed = new Set(others.flatMap((c) => (c.type === 'remove' ? [c.id] : [])));
        commit(
          { nodes: applyNodeChanges(others, get().nodes), edges: get().edges.filter((e) => !removed.has(e.source) && !removed.has(e.target)) },
          { structural: true },
        );
      }
    },

    onEdgesChange: (changes) => {
      const silent = changes.filter((c) => c.type === 'select');
      const others = changes.filter((c) => c.type !== 'select');
      if (silent.length > 0) set((s) => ({ edges: applyEdgeChanges(silent, s.edges) }));
      if (others.length > 0) commit({ edges: applyEdgeChanges(others, get().edges) }, { structural: true });
    },

    connect: (connection) => {
      const { nodes, edges } = get();
      const result = checkConnection({ nodes, edges, connection });
      if (!result.ok) return result;
      const sourceHandle = connection.sourceHandle ?? 'output_1';
      const targetHandle = connection.targetHandle ?? 'input_1';
      const edge: WorkflowFlowEdge = {
        id: edgeId({ source: connection.source, sourceHandle, target: connection.target, targetHandle }),
        source: connection.source,
        sourceHandle,
        target: connection.target,
        targetHandle,
        data: { loaded: false },
      };
      commit({ edges: [...edges, edge] }, { structural: true });
      return result;
    },

    addModuleNode: ({ module, position, trigger }) => {
      const nodes = get().nodes;
      const id = nextNodeId(nodes.map((n) => n.id));
      const stored = newStoredNode({ module, id, x: Math.round(position.x), y: Math.round(position.y), trigger });
      const node = { ...toFlowNode(stored, module), selected: true };
      commit({ nodes: [...nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), node] }, { structural: true });
      return node.id;
    },

    updateStoredNode: ({ nodeId, update, coalesceKey }) => {
      const nodes = get().nodes.map((n) => (n.id === nodeId ? { ...n, data: { ...n.data, stored: update(n.data.stored) } } : n));
      commit({ nodes }, { coalesceKey: coalesceKey ? `${nodeId}:${coalesceKey}` : undefined });
    },

    removeSelection: () => {
      const { nodes, edges } = get();
      const removed = new Set(nodes.filter((n) => n.selected && n.deletable !== false).map((n) => n.id));
      const keptEdges = edges.filter((e) => !e.selected && !removed.has(e.source) && !removed.has(e.target));
      const count = removed.size + (edges.length - keptEdges.length);
      if (count === 0) return 0;
      commit({ nodes: nodes.filter((n) => !removed.has(n.id)), edges: keptEdges }, { structural: true });
      return removed.size;
    },

    removeEdge: (id) => commit({ edges: get().edges.filter((e) => e.id !== id) }, { structural: true }),

    selectOnly: (ids) => set((s) => ({ nodes: s.nodes.map((n) => (ids.includes(n.id) === Boolean(n.selected) ? n : { ...n, selected: ids.includes(n.id) })) })),

    undo: () => {
      const previous = get().past.at(-1);
      if (previous) restore(previous, 'future');
    },

    redo: () => {
      const next = get().future.at(-1);
      if (next) restore(next, 'past');
    },

    autoLayout: () => {
      const { nodes, edges } = get();
      const trigger = nodes.find((n) => n.data.stored.data.module_type === 'trigger');
      const positions = autoLayout({
        nodes: nodes.map((n) => ({ id: n.id, width: n.measured?.width, height: n.measured?.height })),
        edges,
        options: { rootId: trigger?.id },
      });
      commit({ nodes: nodes.map((n) => ({ ...n, position: positions.get(n.id) ?? n.position })) });
    },

    copy: () => {
      const clipboard = copySelection(get());
      if (clipboard.nodes.length === 0) return 0;
      set({ clipboard });
      return clipboard.nodes.length;
    },

    paste: () => {
      const { clipboard, nodes, edges } = get();
      if (!clipboard || clipboard.nodes.length === 0) return 0;
      const pasted = pasteClipboard({ clipboard, existingIds: nodes.map((n) => n.id), offset: { x: 40, y: 40 } });
      // The next paste lands further along, as copies of the copies.
      set({ clipboard: { nodes: pasted.nodes, edges: pasted.edges } });
      commit({ nodes: [...nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), ...pasted.nodes], edges: [...edges, ...pasted.edges] }, { structural: true });
      return pasted.nodes.length;
    },

    replaceGraph: (graph) => {
      const flow = graphToFlow(graph, get().modulesById);
      commit({ nodes: flow.nodes, edges: flow.edges, extras: flow.extras }, { structural: true });
    },

    graph: () => flowToGraph(get()),

    markSaved: ({ workflow, revision }) => set({ workflow, savedRevision: revision }),

    setWorkflowMeta: (workflow) => set({ workflow }),
  };
};

/** What MISP's editor says about a graph it cannot fully show (spec §4.3), plus entries kept unread. */
function loadNotice(flow: { nodes: { data: { stored: { data: { module_type: string } } } }[]; skipped: string[] }): { kind: 'error'; text: string } | null {
  const texts: string[] = [];
  if (!flow.nodes.some((n) => n.data.stored.data.module_type === 'trigger')) texts.push("Workflow doesn't have a trigger.");
  if (flow.skipped.length > 0) texts.push(`Graph entries that are not nodes were kept as they are: ${flow.skipped.join(', ')}`);
  return texts.length > 0 ? { kind: 'error', text: texts.join(' ') } : null;
}
