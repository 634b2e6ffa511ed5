'use client';

import { useCallback } from 'react';
import { useToast } from '../../../components/ui/toast';
import { useBlueprintFromWorkflow, useInsertBlueprint } from '../api/editor-queries';
import { editorStore } from '../state/editor-store';
import type { BlueprintView } from '../types/api.types';
import { blueprintOffset } from '../utils/blueprint-placement';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Insert a blueprint (the API pastes it into the stored workflow) and save the selection as a blueprint. */
export function useBlueprintActions(args: { workflowId: string; saveIfDirty: () => Promise<boolean> }) {
  const { workflowId, saveIfDirty } = args;
  const toast = useToast();
  const insert = useInsertBlueprint(workflowId);
  const fromWorkflow = useBlueprintFromWorkflow();
  const insertAsync = insert.mutateAsync;
  const fromWorkflowAsync = fromWorkflow.mutateAsync;

  const insertBlueprint = useCallback(
    async (blueprint: BlueprintView, target?: { x: number; y: number }) => {
      if (!(await saveIfDirty())) return;
      try {
        const offset = blueprintOffset({ blueprintNodes: blueprint.data, target, nodes: editorStore.getState().nodes });
        const saved = await insertAsync({ blueprint_id: blueprint.id, offset });
        editorStore.getState().replaceGraph(saved.data ?? {});
        editorStore.getState().markSaved({ workflow: saved, revision: editorStore.getState().revision });
        toast('success', `Inserted blueprint “${blueprint.name}”`);
      } catch (e) {
        editorStore.getState().setNotice({ kind: 'error', text: `The blueprint could not be inserted: ${message(e)}` });
      }
    },
    [insertAsync, saveIfDirty, toast],
  );

  const saveSelectionAsBlueprint = useCallback(
    async (input: { name: string; description: string }): Promise<string | null> => {
      const ids = editorStore.getState().nodes.filter((n) => n.selected && n.data.stored.data.module_type !== 'trigger').map((n) => n.data.stored.id);
      if (ids.length === 0) return 'Select one or more nodes first.';
      if (!(await saveIfDirty())) return 'The workflow could not be saved: see the message above the canvas.';
      try {
        const created = await fromWorkflowAsync({ workflow_id: workflowId, node_ids: ids, name: input.name, description: input.description || undefined });
        editorStore.getState().openDialog(null);
        toast('success', `Blueprint “${created.name}” saved with ${created.data.length} node(s)`);
        return null;
      } catch (e) {
        return message(e);
      }
    },
    [fromWorkflowAsync, saveIfDirty, toast, workflowId],
  );

  return { insertBlueprint, inserting: insert.isPending, saveSelectionAsBlueprint, savingBlueprint: fromWorkflow.isPending };
}
