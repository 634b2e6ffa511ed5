'use client';

import { useCallback } from 'react';
import { useToast } from '../../../components/ui/toast';
import { useUpdateWorkflow } from '../api/editor-queries';
import { editorStore } from '../state/editor-store';
import { saveErrorFeedback } from '../utils/validation-feedback';

/** Saves the graph; a refusal (422 with the check-graph result, 400) is shown in place, not as a toast. */
export function useSaveWorkflow(workflowId: string): { save: () => Promise<boolean>; saving: boolean } {
  const update = useUpdateWorkflow(workflowId);
  const toast = useToast();
  const { mutateAsync } = update;
  const save = useCallback(async () => {
    const state = editorStore.getState();
    const revision = state.revision;
    state.setSaveFeedback(null);
    try {
      const saved = await mutateAsync({ data: state.graph() });
      editorStore.getState().markSaved({ workflow: saved, revision });
      toast('success', 'Workflow saved');
      return true;
    } catch (error) {
      editorStore.getState().setSaveFeedback(saveErrorFeedback(error));
      return false;
    }
  }, [mutateAsync, toast]);
  return { save, saving: update.isPending };
}
