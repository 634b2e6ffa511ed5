'use client';

import '@xyflow/react/dist/style.css';
import '../editor.css';
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useLayoutEffect, useState } from 'react';
import { ErrorState, LoadingState } from '../../../components/ui/states';
import { useAuth } from '../../auth/auth-context';
import { useBlueprints, useModules, useTriggers, useWorkflow } from '../api/editor-queries';
import { editorStore } from '../state/editor-store';
import type { ModuleView, TriggerView, WorkflowView } from '../types/api.types';
import { EditorWorkspace } from './editor-workspace';

/** `/workflows/[id]`: loads the workflow and the module catalogue, then hands them to the editor. */
export function WorkflowEditor({ workflowId }: { workflowId: string }) {
  const workflow = useWorkflow(workflowId);
  const modules = useModules();
  const triggers = useTriggers();
  const failed = [workflow, modules].find((q) => q.isError);
  if (failed) {
    const notFound = workflow.error && 'status' in workflow.error && workflow.error.status === 404;
    return (
      <ErrorState
        message={notFound ? `Workflow ${workflowId} does not exist (it may have been deleted).` : `Could not load the editor: ${failed.error?.message ?? ''}`}
        onRetry={() => void Promise.all([workflow.refetch(), modules.refetch()])}
      />
    );
  }
  if (!workflow.data || !workflow.isFetchedAfterMount || !modules.data) return <LoadingState label="Loading the workflow…" />;
  return <LoadedEditor workflow={workflow.data} modules={modules.data} trigger={triggers.data?.find((t) => t.id === workflow.data.trigger_id)} />;
}

function LoadedEditor({ workflow, modules, trigger }: { workflow: WorkflowView; modules: ModuleView[]; trigger: TriggerView | undefined }) {
  const { identity } = useAuth();
  const blueprints = useBlueprints();
  const [loadedId, setLoadedId] = useState<string | null>(null);
  // The store becomes the owner of the graph once per workflow: later query updates (our own saves) must
  // not reload it over unsaved work.
  useLayoutEffect(() => {
    if (loadedId === workflow.id) return;
    editorStore.getState().load({ workflow, modules });
    editorStore.getState().clearTrace();
    editorStore.getState().setCheck(null);
    setLoadedId(workflow.id);
  }, [workflow, modules, loadedId]);
  useEffect(() => () => editorStore.getState().openDialog(null), []);
  if (loadedId !== workflow.id) return <LoadingState label="Opening the editor…" />;
  return (
    <ReactFlowProvider>
      <EditorWorkspace workflowId={workflow.id} modules={modules} blueprints={blueprints} trigger={trigger} readOnly={identity?.role !== 'admin'} />
    </ReactFlowProvider>
  );
}
