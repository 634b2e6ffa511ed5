import { WorkflowEditorRoute } from '../../../features/editor/components/workflow-editor-route';

export default function WorkflowEditorPage() {
  return <WorkflowEditorRoute />;
}
