import { ExecutionDetailPage } from '../../../features/executions/components/execution-detail-page';

export default async function Execution({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ExecutionDetailPage id={id} />;
}
