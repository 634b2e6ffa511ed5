import { ModulesPage } from '../../features/modules/components/modules-page';

export default function Modules() {
  return <ModulesPage />;
}
