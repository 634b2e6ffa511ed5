import { PlannedPage } from '../../features/placeholder/planned-page';

export default function BlueprintsPage() {
  return <PlannedPage title="Blueprints" text="Import, export and insert MISP blueprints from here." />;
}
