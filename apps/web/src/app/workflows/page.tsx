import { WorkflowsList } from '../../features/editor/components/workflows-list';

export default function WorkflowsPage() {
  return <WorkflowsList />;
}
