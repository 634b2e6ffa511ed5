import { PlannedPage } from '../../features/placeholder/planned-page';

export default function WorkflowsPage() {
  return <PlannedPage title="Workflows" text="Workflows are drawn in the graph editor once the workflow API is available." />;
}
