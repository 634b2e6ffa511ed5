'use client';

import { useParams } from 'next/navigation';
import { WorkflowEditor } from './workflow-editor';

/** Reads the id from the route; a new id mounts a new editor (fresh store load, no state carried over). */
export function WorkflowEditorRoute() {
  const params = useParams<{ id: string }>();
  const id = params.id;
  return <WorkflowEditor key={id} workflowId={id} />;
}
