import type { Edge, Node } from '@xyflow/react';
import type { ModuleView } from '../types/api.types';
import type { InputConnection, OutputConnection, StoredNode } from '../types/workflow-graph.types';

/**
 * A React Flow node carries its stored node verbatim: positions and connections are rebuilt from React Flow
 * state on save, every other field (ids, params, filters, unknown keys) is written back as it was read.
 */
export type WorkflowNodeData = {
  stored: StoredNode;
  module: ModuleView | null;
  /** Handles to draw, in stored order. */
  inputs: string[];
  outputs: string[];
  /** Ids of nodes that connections point to but the graph does not contain; kept on save. */
  absentRefs: string[];
};

export type WorkflowFlowNode = Node<WorkflowNodeData, 'workflow'>;

export type WorkflowEdgeData = {
  /** The stored output connection this edge came from (kept verbatim, e.g. drawflow `points`). */
  connection?: OutputConnection;
  /** The matching input connection on the target, when the stored graph recorded one. */
  inputConnection?: InputConnection;
  /** True for edges read from the stored graph: their input side is written back only as it was. */
  loaded: boolean;
};

export type WorkflowFlowEdge = Edge<WorkflowEdgeData>;

export type ModulesById = ReadonlyMap<string, ModuleView>;

/** The graph as React Flow state plus what React Flow has no place for (`_frames`, other keys). */
export type FlowGraph = {
  nodes: WorkflowFlowNode[];
  edges: WorkflowFlowEdge[];
  /** Entries that are not nodes (`_frames`, …), written back verbatim. */
  extras: Record<string, unknown>;
  /** Entries that could not be read as nodes (keys), for a visible notice. */
  skipped: string[];
};
