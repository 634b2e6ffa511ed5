import { PlannedPage } from '../../features/placeholder/planned-page';

export default function ModulesPage() {
  return <PlannedPage title="Modules" text="Default, custom and misp-modules action modules will be listed here with their enabled state." />;
}
