'use client';

import { useCallback } from 'react';
import { useToast } from '../../../components/ui/toast';
import { ApiClientError } from '../../../lib/api-client';
import { fetchExecution, fetchWorkflowExport, useBlueprintFromWorkflow, useExecuteWorkflow, useInsertBlueprint, useUpdateWorkflow } from '../api/editor-queries';
import { editorStore } from '../state/editor-store';
import type { BlueprintView } from '../types/api.types';
import { blueprintOffset } from '../utils/blueprint-placement';
import { traceFromExecution } from '../utils/trace-reducer';
import { parseWorkflowFile } from '../utils/workflow-file';
import { useSaveWorkflow } from './use-save-workflow';

const isDirty = () => {
  const s = editorStore.getState();
  return s.revision !== s.savedRevision;
};

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The editor's server-side actions; work that needs the stored workflow saves unsaved changes first. */
export function useEditorActions(workflowId: string) {
  const toast = useToast();
  const { save, saving } = useSaveWorkflow(workflowId);
  const execute = useExecuteWorkflow(workflowId);
  const update = useUpdateWorkflow(workflowId);
  const insert = useInsertBlueprint(workflowId);
  const fromWorkflow = useBlueprintFromWorkflow();

  const saveIfDirty = useCallback(async () => (isDirty() ? save() : true), [save]);

  /** Runs the saved workflow; the canvas shows the live trace, or the execution record if none arrived. */
  const run = useCallback(
    async (data: unknown): Promise<string | null> => {
      if (!(await saveIfDirty())) return 'The workflow could not be saved: see the message above the canvas.';
      try {
        const answer = await execute.mutateAsync(data);
        const trace = editorStore.getState().trace;
        if (trace.executionId !== answer.execution_id || trace.phase !== 'finished') {
          editorStore.getState().setTrace(traceFromExecution(await fetchExecution(answer.execution_id)));
        }
        editorStore.getState().selectOnly([]);
        editorStore.getState().openDialog(null);
        toast(answer.outcome === 'failure' ? 'error' : 'success', `Run finished: ${answer.outcome}`);
        return null;
      } catch (e) {
        return `The run could not start: ${message(e)}`;
      }
    },
    [execute, saveIfDirty, toast],
  );

  const setDebug = useCallback(
    async (enabled: boolean) => {
      try {
        const saved = await update.mutateAsync({ debug_enabled: enabled });
        editorStore.getState().setWorkflowMeta({ ...saved, data: undefined });
        toast('success', `Debug mode ${enabled ? 'on' : 'off'}`);
      } catch (e) {
        toast('error', `Debug mode not changed: ${message(e)}`);
      }
    },
    [update, toast],
  );

  const exportFile = useCallback(async () => {
    try {
      if (isDirty()) toast('error', 'Exporting the last saved version: save to include your changes.');
      const file = await fetchWorkflowExport(workflowId);
      const trigger = editorStore.getState().workflow?.trigger_id ?? 'workflow';
      const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `workflow-${trigger}.json`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (e) {
      toast('error', `Export failed: ${message(e)}`);
    }
  }, [workflowId, toast]);

  /** Loads a workflow file's graph into the editor as an unsaved, undoable change. */
  const loadFile = useCallback(
    (text: string) => {
      const parsed = parseWorkflowFile(text);
      const state = editorStore.getState();
      if (!parsed.ok) return state.setNotice({ kind: 'error', text: parsed.message });
      const trigger = state.workflow?.trigger_id;
      if (parsed.file.workflow.trigger_id !== trigger) {
        return state.setNotice({ kind: 'error', text: `This file is a workflow for trigger ${parsed.file.workflow.trigger_id}; this workflow listens to ${trigger ?? '?'}. Import it from the Workflows page instead.` });
      }
      state.replaceGraph(parsed.file.workflow.data);
      state.setNotice({ kind: 'info', text: `Loaded the graph of “${parsed.file.workflow.name}”. Review it, then save (or undo).` });
    },
    [],
  );

  const insertBlueprint = useCallback(
    async (blueprint: BlueprintView, target?: { x: number; y: number }) => {
      if (!(await saveIfDirty())) return;
      try {
        const state = editorStore.getState();
        const offset = blueprintOffset({ blueprintNodes: blueprint.data, target, nodes: state.nodes });
        const saved = await insert.mutateAsync({ blueprint_id: blueprint.id, offset });
        const s = editorStore.getState();
        s.replaceGraph(saved.data ?? {});
        s.markSaved({ workflow: saved, revision: editorStore.getState().revision });
        toast('success', `Inserted blueprint “${blueprint.name}”`);
      } catch (e) {
        editorStore.getState().setNotice({ kind: 'error', text: `The blueprint could not be inserted: ${message(e)}` });
      }
    },
    [insert, saveIfDirty, toast],
  );

  const saveSelectionAsBlueprint = useCallback(
    async (args: { name: string; description: string }): Promise<string | null> => {
      const ids = editorStore.getState().nodes.filter((n) => n.selected && n.data.stored.data.module_type !== 'trigger').map((n) => n.data.stored.id);
      if (ids.length === 0) return 'Select one or more nodes first.';
      if (!(await saveIfDirty())) return 'The workflow could not be saved: see the message above the canvas.';
      try {
        const created = await fromWorkflow.mutateAsync({ workflow_id: workflowId, node_ids: ids, name: args.name, description: args.description || undefined });
        editorStore.getState().openDialog(null);
        toast('success', `Blueprint “${created.name}” saved with ${created.data.length} node(s)`);
        return null;
      } catch (e) {
        return e instanceof ApiClientError ? e.message : message(e);
      }
    },
    [fromWorkflow, saveIfDirty, toast, workflowId],
  );

  return {
    save,
    saving,
    run,
    running: execute.isPending,
    setDebug,
    debugBusy: update.isPending,
    exportFile,
    loadFile,
    insertBlueprint,
    inserting: insert.isPending,
    saveSelectionAsBlueprint,
    savingBlueprint: fromWorkflow.isPending,
  };
}

export type EditorActions = ReturnType<typeof useEditorActions>;
