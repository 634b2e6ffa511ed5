'use client';

import Link from 'next/link';
import { useMemo, useState } from 'react';
import { ErrorState, LoadingState } from '../../../components/ui/states';
import { ApiClientError } from '../../../lib/api-client';
import { useModules } from '../../modules/api/modules-queries';
import { useExecution, useWorkflowGraph } from '../api/executions-queries';
import { useReplayCursor } from '../hooks/use-replay-cursor';
import type { ExecutionDetail } from '../types/execution.types';
import { stepsMissingFromGraph } from '../utils/execution-view.util';
import { ExecutionReplay } from './execution-replay';
import { ExecutionStepsTable } from './execution-steps-table';
import { ExecutionSummary } from './execution-summary';
import './executions.css';

export function ExecutionDetailPage({ id }: { id: string }) {
  const execution = useExecution(id);
  return (
    <section aria-labelledby="page-title">
      <Link href="/executions" className="back-link">
        ← All executions
      </Link>
      <h1 id="page-title">Execution</h1>
      {execution.isPending && <LoadingState label="Loading the execution…" />}
      {execution.isError &&
        (execution.error instanceof ApiClientError && execution.error.status === 404 ? (
          <ErrorState message={`There is no execution ${id} (it may have been removed by the retention cleanup).`} />
        ) : (
          <ErrorState message={`Could not load the execution: ${execution.error.message}`} onRetry={() => void execution.refetch()} />
        ))}
      {execution.data && <ExecutionDetailView execution={execution.data} />}
    </section>
  );
}

function ExecutionDetailView({ execution }: { execution: ExecutionDetail }) {
  const workflow = useWorkflowGraph(execution.workflow_id);
  const modules = useModules();
  const { cursor, playing, play, pause, seek } = useReplayCursor(execution.steps.length);
  const [selectedNode, setSelectedNode] = useState<string | null>(null);
  const modulesById = useMemo(() => new Map((modules.data ?? []).map((m) => [m.id, m])), [modules.data]);
  const graph = workflow.data?.data;
  const missing = graph ? stepsMissingFromGraph(execution.steps, graph) : [];
  const workflowGone = workflow.error instanceof ApiClientError && workflow.error.status === 404;

  return (
    <>
      <ExecutionSummary execution={execution} workflowName={workflow.data?.name ?? null} />
      <h2>Replay</h2>
      {!execution.workflow_id && <p className="muted">This run has no workflow to draw.</p>}
      {execution.workflow_id && (workflow.isPending || modules.isPending) && <LoadingState label="Loading the graph…" />}
      {workflowGone && <p className="notice">The workflow of this run has been deleted; its steps are listed below.</p>}
      {workflow.isError && !workflowGone && (
        <ErrorState message={`Could not load the workflow graph: ${workflow.error.message}`} onRetry={() => void workflow.refetch()} />
      )}
      {modules.isError && <ErrorState message={`Could not load modules: ${modules.error.message}`} onRetry={() => void modules.refetch()} />}
      {graph !== undefined && modules.data && (
        <>
          <p className="muted">
            Drawn on the workflow&apos;s current graph. Click a node to mark its steps below.
            {missing.length > 0 && ` Node(s) ${missing.join(', ')} of this run are no longer in the graph.`}
          </p>
          <ExecutionReplay
            graph={graph}
            modules={modules.data}
            steps={execution.steps}
            cursor={cursor}
            playing={playing}
            onPlay={play}
            onPause={pause}
            onSeek={seek}
            onNodeSelect={setSelectedNode}
          />
        </>
      )}
      <h2>Steps</h2>
      {execution.steps.length === 0 ? (
        <p className="muted">No node ran in this execution.</p>
      ) : (
        <ExecutionStepsTable steps={execution.steps} cursor={cursor} selectedNode={selectedNode} modulesById={modulesById} onSeek={seek} />
      )}
    </>
  );
}
