import type { TriggerTableRow } from '../utils/trigger-table.util';
import { TriggerRowView } from './trigger-row';
import './triggers.css';

export function TriggersTable({ rows, readOnly }: { rows: TriggerTableRow[]; readOnly: boolean }) {
  return (
    <div className="table-wrap">
      <table className="data-table triggers-table">
        <caption className="visually-hidden">MISP workflow triggers</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Scope</th>
            <th scope="col">Overhead</th>
            <th scope="col">Description</th>
            <th scope="col" className="num">
              Runs
            </th>
            <th scope="col">Blocking</th>
            <th scope="col">Core format</th>
            <th scope="col">Workflow, last update</th>
            <th scope="col">Enabled</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <TriggerRowView key={row.id} row={row} readOnly={readOnly} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
