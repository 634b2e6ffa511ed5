import { PlannedPage } from '../../features/placeholder/planned-page';

export default function LogsPage() {
  return <PlannedPage title="Logs" text="The application log (workflow start, end and errors) will be paginated here." />;
}
