import type { EdgeChange, NodeChange } from '@xyflow/react';
import type { LiveEvent } from '../../live/live-events.types';
import type { ModulesById, WorkflowFlowEdge, WorkflowFlowNode } from '../mapping/flow.types';
import type { CheckGraphResult, ModuleView, TriggerView, WorkflowSummary, WorkflowView } from '../types/api.types';
import type { StoredGraph, StoredNode } from '../types/workflow-graph.types';
import type { Clipboard } from '../utils/clipboard';
import type { ConnectionCheck, ProposedConnection } from '../utils/connection-rules';
import type { Feedback } from '../utils/validation-feedback';
import type { TraceState } from '../utils/trace-reducer';

export type Snapshot = { nodes: WorkflowFlowNode[]; edges: WorkflowFlowEdge[]; extras: Record<string, unknown>; revision: number };

export type GraphSlice = {
  /** The workflow's fields as last loaded or saved; the graph being edited lives in `nodes` and `edges`. */
  workflow: WorkflowSummary | null;
  modulesById: ModulesById;
  nodes: WorkflowFlowNode[];
  edges: WorkflowFlowEdge[];
  extras: Record<string, unknown>;
  /** Every graph change gets a new revision; the graph is dirty while it differs from the saved one. */
  revision: number;
  savedRevision: number;
  /** Bumped when nodes or connections change (not positions): re-run check-graph. */
  structureVersion: number;
  past: Snapshot[];
  future: Snapshot[];
  clipboard: Clipboard | null;
  load: (args: { workflow: WorkflowView; modules: readonly ModuleView[] }) => void;
  onNodesChange: (changes: NodeChange<WorkflowFlowNode>[]) => void;
  onEdgesChange: (changes: EdgeChange<WorkflowFlowEdge>[]) => void;
  connect: (connection: ProposedConnection) => ConnectionCheck;
  addModuleNode: (args: { module: ModuleView; position: { x: number; y: number }; trigger?: TriggerView }) => string;
  updateStoredNode: (args: { nodeId: string; update: (node: StoredNode) => StoredNode; coalesceKey?: string }) => void;
  removeSelection: () => number;
  removeEdge: (edgeId: string) => void;
  selectOnly: (nodeIds: string[]) => void;
  undo: () => void;
  redo: () => void;
  autoLayout: () => void;
  copy: () => number;
  paste: () => number;
  /** Replace the whole graph (file import, blueprint inserted by the API) as one undoable step. */
  replaceGraph: (graph: StoredGraph) => void;
  /** The stored graph of the current state. */
  graph: () => StoredGraph;
  /** The server accepted the graph of `revision` (edits made while saving stay dirty). */
  markSaved: (args: { workflow: WorkflowSummary; revision: number }) => void;
  setWorkflowMeta: (workflow: WorkflowSummary) => void;
};

export type TraceSlice = {
  trace: TraceState;
  applyLive: (event: LiveEvent) => void;
  setTrace: (trace: TraceState) => void;
  clearTrace: () => void;
};

export type Notice = { kind: 'error' | 'info'; text: string };
export type DialogName = 'run' | 'filter' | 'save-blueprint' | 'help' | null;

export type PanelsSlice = {
  check: CheckGraphResult | null;
  notice: Notice | null;
  saveFeedback: Feedback | null;
  dialog: DialogName;
  setCheck: (check: CheckGraphResult | null) => void;
  setNotice: (notice: Notice | null) => void;
  setSaveFeedback: (feedback: Feedback | null) => void;
  openDialog: (dialog: DialogName) => void;
};

export type EditorState = GraphSlice & TraceSlice & PanelsSlice;
