import { TriggersPage } from '../../features/triggers/components/triggers-page';

export default function Triggers() {
  return <TriggersPage />;
}
