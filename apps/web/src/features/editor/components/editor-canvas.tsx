'use client';

import { Background, Controls, MiniMap, ReactFlow, useReactFlow, type Connection, type FinalConnectionState, type IsValidConnection } from '@xyflow/react';
import { useCallback, useMemo, type DragEvent } from 'react';
import type { WorkflowFlowEdge, WorkflowFlowNode } from '../mapping/flow.types';
import { editorStore, useEditor } from '../state/editor-store';
import type { NodeDecoration } from '../types/decorations.types';
import { checkConnection } from '../utils/connection-rules';
import { edgeMarks, nodeWarnings } from '../utils/node-warnings';
import { takenEdgeIds } from '../utils/run-highlight';
import { CanvasDecorationsContext } from './canvas-decorations';
import { BLUEPRINT_MIME, MODULE_MIME } from './module-panel';
import { NODE_TYPES } from './workflow-node';

type Props = {
  readOnly: boolean;
  onDropModule: (moduleId: string, position: { x: number; y: number }) => void;
  onDropBlueprint: (blueprintId: string, position: { x: number; y: number }) => void;
};

/** The editable canvas: nodes and edges from the store, decorated with warnings, check-graph marks and the run trace. */
export function EditorCanvas({ readOnly, onDropModule, onDropBlueprint }: Props) {
  const { nodes, edges, check, trace, onNodesChange, onEdgesChange } = useEditor((s) => ({
    nodes: s.nodes,
    edges: s.edges,
    check: s.check,
    trace: s.trace,
    onNodesChange: s.onNodesChange,
    onEdgesChange: s.onEdgesChange,
  }));
  const flow = useReactFlow<WorkflowFlowNode, WorkflowFlowEdge>();

  const decorations = useMemo(() => {
    const warnings = nodeWarnings({ nodes, check });
    const out: Record<string, NodeDecoration> = {};
    for (const n of nodes) out[n.id] = { warnings: warnings[n.id], status: trace.nodes[n.id]?.status, durationMs: trace.nodes[n.id]?.durationMs };
    return out;
  }, [nodes, check, trace]);

  const renderedEdges = useMemo(() => {
    const marks = edgeMarks({ edges, check });
    const statuses = Object.fromEntries(Object.entries(trace.nodes).map(([id, t]) => [id, t.status]));
    const followed = Object.fromEntries(Object.entries(trace.nodes).map(([id, t]) => [id, t.output]));
    const taken = takenEdgeIds({ edges, statuses, followedOutputs: followed });
    return edges.map((e) => {
      const mark = marks.get(e.id);
      const classes = [mark?.className, taken.has(e.id) ? 'wf-edge--taken' : undefined].filter(Boolean).join(' ');
      return classes ? { ...e, className: classes, animated: taken.has(e.id), label: mark?.label, ariaLabel: mark?.title } : e;
    });
  }, [edges, check, trace]);

  const isValidConnection: IsValidConnection<WorkflowFlowEdge> = useCallback(
    (c) => {
      const s = editorStore.getState();
      return checkConnection({ nodes: s.nodes, edges: s.edges, connection: { source: c.source, sourceHandle: c.sourceHandle ?? null, target: c.target, targetHandle: c.targetHandle ?? null } }).ok;
    },
    [],
  );

  const onConnect = useCallback((c: Connection) => {
    const s = editorStore.getState();
    const result = s.connect(c);
    s.setNotice(result.ok ? null : { kind: 'error', text: result.reason });
  }, []);

  // A refused drop never reaches onConnect: say why here.
  const onConnectEnd = useCallback((_event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
    if (state.isValid !== false || !state.toHandle || !state.fromHandle) return;
    const s = editorStore.getState();
    if (state.fromHandle.type === state.toHandle.type) {
      s.setNotice({ kind: 'error', text: 'Connect an output (right side of a node) to an input (left side).' });
      return;
    }
    const [from, to] = state.fromHandle.type === 'source' ? [state.fromHandle, state.toHandle] : [state.toHandle, state.fromHandle];
    const result = checkConnection({ nodes: s.nodes, edges: s.edges, connection: { source: from.nodeId, sourceHandle: from.id ?? null, target: to.nodeId, targetHandle: to.id ?? null } });
    if (!result.ok) s.setNotice({ kind: 'error', text: result.reason });
  }, []);

  const onDragOver = useCallback((event: DragEvent) => {
    if (readOnly) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, [readOnly]);

  const onDrop = useCallback(
    (event: DragEvent) => {
      if (readOnly) return;
      event.preventDefault();
      const position = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const moduleId = event.dataTransfer.getData(MODULE_MIME);
      const blueprintId = event.dataTransfer.getData(BLUEPRINT_MIME);
      if (moduleId) onDropModule(moduleId, position);
      else if (blueprintId) onDropBlueprint(blueprintId, position);
    },
    [flow, onDropModule, onDropBlueprint, readOnly],
  );

  return (
    <CanvasDecorationsContext.Provider value={decorations}>
      <div className="wf-canvas wf-editor__canvas" onDragOver={onDragOver} onDrop={onDrop} role="region" aria-label="Workflow canvas">
        <ReactFlow<WorkflowFlowNode, WorkflowFlowEdge>
          nodes={nodes}
          edges={renderedEdges}
          nodeTypes={NODE_TYPES}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onConnect={onConnect}
          onConnectEnd={onConnectEnd}
          isValidConnection={isValidConnection}
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          // Deletion goes through the store (one undo step, trigger kept): see the editor shortcuts.
          deleteKeyCode={null}
          selectionKeyCode="Shift"
          multiSelectionKeyCode={['Meta', 'Control']}
          fitView
          fitViewOptions={{ padding: 0.25, maxZoom: 1 }}
          minZoom={0.2}
          snapToGrid
          snapGrid={[10, 10]}
        >
          <Background gap={20} />
          <Controls />
          <MiniMap pannable zoomable ariaLabel="Mini map" />
        </ReactFlow>
      </div>
    </CanvasDecorationsContext.Provider>
  );
}
