import { Suspense } from 'react';
import { LoadingState } from '../../components/ui/states';
import { ExecutionsPage } from '../../features/executions/components/executions-page';

// The page reads its filters from the address bar, which is only known in the browser.
export default function Executions() {
  return (
    <Suspense fallback={<LoadingState />}>
      <ExecutionsPage />
    </Suspense>
  );
}
