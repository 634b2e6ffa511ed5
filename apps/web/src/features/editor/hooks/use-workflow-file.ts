'use client';

import { useCallback } from 'react';
import { useToast } from '../../../components/ui/toast';
import { fetchWorkflowExport } from '../api/editor-queries';
import { editorStore } from '../state/editor-store';
import { parseWorkflowFile } from '../utils/workflow-file';

/** Export the saved workflow as a file; load a file's graph into the editor as an unsaved, undoable change. */
export function useWorkflowFile(workflowId: string) {
  const toast = useToast();

  const exportFile = useCallback(async () => {
    try {
      const state = editorStore.getState();
      if (state.revision !== state.savedRevision) toast('error', 'Exporting the last saved version: save to include your changes.');
      const file = await fetchWorkflowExport(workflowId);
      const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `workflow-${state.workflow?.trigger_id ?? 'workflow'}.json`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (e) {
      toast('error', `Export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }, [workflowId, toast]);

  const loadFile = useCallback((text: string) => {
    const parsed = parseWorkflowFile(text);
    const state = editorStore.getState();
    if (!parsed.ok) return state.setNotice({ kind: 'error', text: parsed.message });
    const trigger = state.workflow?.trigger_id;
    if (parsed.file.workflow.trigger_id !== trigger) {
      return state.setNotice({
        kind: 'error',
        text: `This file is a workflow for trigger ${parsed.file.workflow.trigger_id}; this workflow listens to ${trigger ?? '?'}. Import it from the Workflows page instead.`,
      });
    }
    state.replaceGraph(parsed.file.workflow.data);
    state.setNotice({ kind: 'info', text: `Loaded the graph of “${parsed.file.workflow.name}”. Review it, then save (or undo).` });
  }, []);

  return { exportFile, loadFile };
}
