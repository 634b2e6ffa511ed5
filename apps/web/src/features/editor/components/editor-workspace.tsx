'use client';

import { useReactFlow } from '@xyflow/react';
import { useCallback, useState } from 'react';
import { useBlueprints } from '../api/editor-queries';
import { useCheckGraph } from '../hooks/use-check-graph';
import { useEditorActions } from '../hooks/use-editor-actions';
import { useEditorLiveTrace } from '../hooks/use-editor-live-trace';
import { useEditorShortcuts } from '../hooks/use-editor-shortcuts';
import { useUnsavedGuard } from '../hooks/use-unsaved-guard';
import { editorStore, selectIsDirty, useEditor } from '../state/editor-store';
import type { BlueprintView, ModuleView, TriggerView } from '../types/api.types';
import { EditorCanvas } from './editor-canvas';
import { EditorToolbar } from './editor-toolbar';
import { ModulePanel } from './module-panel';
import { NoticeBar } from './notice-bar';
import { RunDialog } from './run-dialog';
import { SaveBlueprintDialog } from './save-blueprint-dialog';
import { toggleShortcutsHelp } from './shortcuts-help';
import { SidePanel } from './side-panel';

type Placed = { position: { x: number; y: number }; measured?: { width?: number } };

function rightmost(nodes: readonly Placed[]): Placed | undefined {
  return nodes.reduce<Placed | undefined>((best, n) => (!best || n.position.x > best.position.x ? n : best), undefined);
}

function placeAfter(node: Placed | undefined): { x: number; y: number } {
  return node ? { x: node.position.x + (node.measured?.width ?? 210) + 70, y: node.position.y } : { x: 0, y: 0 };
}

type Props = { workflowId: string; modules: ModuleView[]; blueprints: ReturnType<typeof useBlueprints>; trigger: TriggerView | undefined; readOnly: boolean };

/** The editor's layout: toolbar, module panel, canvas, side panel and dialogs, wired to the store. */
export function EditorWorkspace({ workflowId, modules, blueprints, trigger, readOnly }: Props) {
  const actions = useEditorActions(workflowId);
  // At 1280 px the canvas gains a third of its width when the module panel is folded away.
  const [paletteOpen, setPaletteOpen] = useState(true);
  const live = useEditorLiveTrace(workflowId);
  const flow = useReactFlow();
  const { dirty, dialog, selectedForBlueprint } = useEditor((s) => ({
    dirty: selectIsDirty(s),
    dialog: s.dialog,
    selectedForBlueprint: s.nodes.filter((n) => n.selected && n.data.stored.data.module_type !== 'trigger').length,
  }));
  useCheckGraph(true);
  useUnsavedGuard(dirty && !readOnly);

  const addModule = useCallback(
    (module: ModuleView, position?: { x: number; y: number }) => {
      const { nodes } = editorStore.getState();
      // Without a drop point (the "+" button, keyboard users) the node goes right of the selected node, or of
      // the rightmost one, and the view follows it.
      const at = position ?? placeAfter(nodes.find((n) => n.selected) ?? rightmost(nodes));
      editorStore.getState().addModuleNode({ module, position: at, trigger });
      if (!position) void flow.setCenter(at.x + 100, at.y + 40, { zoom: flow.getZoom(), duration: 200 });
    },
    [flow, trigger],
  );

  // Arrange, then show the whole result.
  const layout = useCallback(() => {
    editorStore.getState().autoLayout();
    requestAnimationFrame(() => void flow.fitView({ padding: 0.2, maxZoom: 1, duration: 200 }));
  }, [flow]);

  const findBlueprint = (id: string): BlueprintView | undefined => blueprints.data?.find((b) => b.id === id);

  useEditorShortcuts({
    save: () => !readOnly && void actions.save(),
    undo: () => !readOnly && editorStore.getState().undo(),
    redo: () => !readOnly && editorStore.getState().redo(),
    copy: () => editorStore.getState().copy(),
    paste: () => !readOnly && editorStore.getState().paste(),
    delete: () => !readOnly && editorStore.getState().removeSelection(),
    selectAll: () => editorStore.getState().selectOnly(editorStore.getState().nodes.map((n) => n.id)),
    layout: () => !readOnly && layout(),
    run: () => !readOnly && editorStore.getState().openDialog('run'),
    help: toggleShortcutsHelp,
    deselect: () => editorStore.getState().selectOnly([]),
  });

  const closeDialog = () => editorStore.getState().openDialog(null);

  return (
    <section className="wf-editor" aria-label="Workflow editor">
      <EditorToolbar actions={actions} readOnly={readOnly} live={live} onLayout={layout} palette={{ open: paletteOpen, toggle: () => setPaletteOpen((o) => !o) }} />
      {readOnly && <p className="notice">Your key has the viewer role: the workflow is read-only.</p>}
      <NoticeBar />
      <div className={`wf-editor__body${paletteOpen ? '' : ' wf-editor__body--no-palette'}`}>
        {paletteOpen && (
          <ModulePanel modules={modules} blueprints={blueprints} readOnly={readOnly} onAddModule={(m) => addModule(m)} onInsertBlueprint={(b) => void actions.insertBlueprint(b)} />
        )}
        <EditorCanvas
          readOnly={readOnly}
          onDropModule={(id, position) => {
            const module = modules.find((m) => m.id === id);
            if (module) addModule(module, position);
          }}
          onDropBlueprint={(id, position) => {
            const blueprint = findBlueprint(id);
            if (blueprint) void actions.insertBlueprint(blueprint, position);
          }}
        />
        <SidePanel readOnly={readOnly} />
      </div>
      <RunDialog open={dialog === 'run'} dirty={dirty} busy={actions.running || actions.saving} onClose={closeDialog} onRun={actions.run} />
      <SaveBlueprintDialog open={dialog === 'save-blueprint'} nodeCount={selectedForBlueprint} busy={actions.savingBlueprint} onClose={closeDialog} onSave={actions.saveSelectionAsBlueprint} />
    </section>
  );
}
