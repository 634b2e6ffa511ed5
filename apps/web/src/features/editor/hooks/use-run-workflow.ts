'use client';

import { useCallback } from 'react';
import { useToast } from '../../../components/ui/toast';
import { fetchExecution, useExecuteWorkflow } from '../api/editor-queries';
import { editorStore } from '../state/editor-store';
import { traceFromExecution } from '../utils/trace-reducer';

/** "Run with data" on the saved workflow; the canvas shows the live trace, or the execution record if none arrived. */
export function useRunWorkflow(args: { workflowId: string; saveIfDirty: () => Promise<boolean> }) {
  const { saveIfDirty } = args;
  const toast = useToast();
  const execute = useExecuteWorkflow(args.workflowId);
  const { mutateAsync } = execute;
  const run = useCallback(
    async (data: unknown): Promise<string | null> => {
      if (!(await saveIfDirty())) return 'The workflow could not be saved: see the message above the canvas.';
      try {
        const answer = await mutateAsync(data);
        const trace = editorStore.getState().trace;
        if (trace.executionId !== answer.execution_id || trace.phase !== 'finished') {
          editorStore.getState().setTrace(traceFromExecution(await fetchExecution(answer.execution_id)));
        }
        editorStore.getState().selectOnly([]);
        editorStore.getState().openDialog(null);
        toast(answer.outcome === 'failure' ? 'error' : 'success', `Run finished: ${answer.outcome}`);
        return null;
      } catch (e) {
        return `The run could not start: ${e instanceof Error ? e.message : String(e)}`;
      }
    },
    [mutateAsync, saveIfDirty, toast],
  );
  return { run, running: execute.isPending };
}
