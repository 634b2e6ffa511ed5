'use client';

import { useCallback } from 'react';
import { useToast } from '../../../components/ui/toast';
import { useUpdateWorkflow } from '../api/editor-queries';
import { editorStore } from '../state/editor-store';
import { useBlueprintActions } from './use-blueprint-actions';
import { useRunWorkflow } from './use-run-workflow';
import { useSaveWorkflow } from './use-save-workflow';
import { useWorkflowFile } from './use-workflow-file';

/** Every server-side action of the editor; those that need the stored workflow save unsaved changes first. */
export function useEditorActions(workflowId: string) {
  const toast = useToast();
  const { save, saving } = useSaveWorkflow(workflowId);
  const update = useUpdateWorkflow(workflowId);
  const updateAsync = update.mutateAsync;
  const saveIfDirty = useCallback(async () => {
    const s = editorStore.getState();
    return s.revision !== s.savedRevision ? save() : true;
  }, [save]);

  // MISP's debugToggleField: saved at once, independently of the graph.
  const setDebug = useCallback(
    async (enabled: boolean) => {
      try {
        const saved = await updateAsync({ debug_enabled: enabled });
        editorStore.getState().setWorkflowMeta(saved);
        toast('success', `Debug mode ${enabled ? 'on' : 'off'}`);
      } catch (e) {
        toast('error', `Debug mode not changed: ${e instanceof Error ? e.message : String(e)}`);
      }
    },
    [updateAsync, toast],
  );

  return {
    save,
    saving,
    setDebug,
    debugBusy: update.isPending,
    ...useRunWorkflow({ workflowId, saveIfDirty }),
    ...useWorkflowFile(workflowId),
    ...useBlueprintActions({ workflowId, saveIfDirty }),
  };
}

export type EditorActions = ReturnType<typeof useEditorActions>;
