import { Suspense } from 'react';
import { LoadingState } from '../../components/ui/states';
import { LogsPage } from '../../features/logs/components/logs-page';

// The page reads its filters from the address bar, which is only known in the browser.
export default function Logs() {
  return (
    <Suspense fallback={<LoadingState />}>
      <LogsPage />
    </Suspense>
  );
}
