'use client';

import '@xyflow/react/dist/style.css';
import '../editor.css';
import { Background, Controls, MiniMap, ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { useMemo } from 'react';
import { graphToFlow, indexModules } from '../mapping/graph-to-flow';
import type { WorkflowFlowNode } from '../mapping/flow.types';
import type { ModuleView } from '../types/api.types';
import type { NodeDecoration, NodeRunStatus } from '../types/decorations.types';
import { takenEdgeIds } from '../utils/run-highlight';
import { CanvasDecorationsContext } from './canvas-decorations';
import { NODE_TYPES } from './workflow-node';

export type ReadonlyWorkflowCanvasProps = {
  /** The stored graph (`workflow.data`), in MISP's format. */
  graph: unknown;
  /** `GET /modules`, to name nodes and draw their ports. */
  modules: readonly ModuleView[];
  /** node id → step status of the run being replayed. */
  statuses: Readonly<Record<string, NodeRunStatus | undefined>>;
  /** node id → step duration, shown on the node. */
  durations?: Readonly<Record<string, number | undefined>>;
  /** node id → output a logic node followed (execution step `output`), to highlight only that branch. */
  followedOutputs?: Readonly<Record<string, string | undefined>>;
  onNodeSelect?: (nodeId: string | null) => void;
  /** CSS height of the canvas (default 480px). */
  height?: string;
};

/** A workflow drawn for reading: an execution replay shows each step's status and the taken path. */
export function ReadonlyWorkflowCanvas(props: ReadonlyWorkflowCanvasProps) {
  return (
    <ReactFlowProvider>
      <ReadonlyCanvasInner {...props} />
    </ReactFlowProvider>
  );
}

function ReadonlyCanvasInner({ graph, modules, statuses, durations, followedOutputs, onNodeSelect, height = '480px' }: ReadonlyWorkflowCanvasProps) {
  const flow = useMemo(() => graphToFlow(graph, indexModules(modules)), [graph, modules]);
  const taken = useMemo(() => takenEdgeIds({ edges: flow.edges, statuses, followedOutputs }), [flow.edges, statuses, followedOutputs]);
  const edges = useMemo(() => flow.edges.map((e) => (taken.has(e.id) ? { ...e, className: 'wf-edge--taken', animated: true } : e)), [flow.edges, taken]);
  const decorations = useMemo(() => {
    const out: Record<string, NodeDecoration> = {};
    for (const node of flow.nodes) out[node.id] = { status: statuses[node.id], durationMs: durations?.[node.id] };
    return out;
  }, [flow.nodes, statuses, durations]);

  return (
    <CanvasDecorationsContext.Provider value={decorations}>
      <div className="wf-canvas wf-canvas--readonly" style={{ height }} aria-label="Workflow graph (read only)" role="region">
        <ReactFlow<WorkflowFlowNode>
          nodes={flow.nodes}
          edges={edges}
          nodeTypes={NODE_TYPES}
          nodesDraggable={false}
          nodesConnectable={false}
          edgesFocusable={false}
          deleteKeyCode={null}
          fitView
          fitViewOptions={{ padding: 0.2 }}
          minZoom={0.2}
          onNodeClick={(_, node) => onNodeSelect?.(node.id)}
          onPaneClick={() => onNodeSelect?.(null)}
        >
          <Background gap={20} />
          <Controls showInteractive={false} />
          <MiniMap pannable zoomable ariaLabel="Mini map" />
        </ReactFlow>
      </div>
    </CanvasDecorationsContext.Provider>
  );
}
