import { PlannedPage } from '../../features/placeholder/planned-page';

export default function ExecutionsPage() {
  return <PlannedPage title="Executions" text="Every run, its outcome and per-node steps will be listed here." />;
}
