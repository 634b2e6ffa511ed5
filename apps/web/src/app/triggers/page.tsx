import { PlannedPage } from '../../features/placeholder/planned-page';

export default function TriggersPage() {
  return <PlannedPage title="Triggers" text="The 17 MISP triggers, their blocking mode and the workflow bound to each will be listed here." />;
}
