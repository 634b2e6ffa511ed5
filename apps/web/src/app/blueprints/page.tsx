import { BlueprintsPage } from '../../features/blueprints/components/blueprints-page';

export default function Blueprints() {
  return <BlueprintsPage />;
}
