import Link from 'next/link';
import { formatDateTime } from '../../../components/ui/format-time';
import type { LogRow } from '../types/log.types';

const WORKFLOW_ID = /^[0-9a-f-]{36}$/i;

export function LogsTable({ rows }: { rows: LogRow[] }) {
  return (
    <div className="table-wrap">
      <table className="data-table logs-table">
        <caption className="visually-hidden">Application log, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Model</th>
            <th scope="col">Model id</th>
            <th scope="col">Action</th>
            <th scope="col">Title</th>
            <th scope="col">User</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-log={row.id}>
              <td className="nowrap mono">{formatDateTime(row.created)}</td>
              <td>{row.model}</td>
              <td className="mono log-model-id">
                {row.model === 'Workflow' && WORKFLOW_ID.test(row.model_id) ? (
                  <Link prefetch={false} href={`/workflows/${row.model_id}`} title={row.model_id}>
                    {row.model_id.slice(0, 8)}…
                  </Link>
                ) : (
                  row.model_id
                )}
              </td>
              <td className="mono">{row.action}</td>
              <td className="pre-wrap log-title">
                {row.title}
                {row.change && <span className="log-change">{row.change}</span>}
              </td>
              <td className="mono">{row.email}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
