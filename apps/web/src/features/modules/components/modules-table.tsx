import type { ModuleRow } from '../types/module.types';
import { ModuleRowView } from './module-row';
import './modules.css';

export function ModulesTable({ modules, readOnly }: { modules: ModuleRow[]; readOnly: boolean }) {
  return (
    <div className="table-wrap">
      <table className="data-table modules-table">
        <caption className="visually-hidden">Workflow modules</caption>
        <thead>
          <tr>
            <th scope="col">Module</th>
            <th scope="col">Class</th>
            <th scope="col">Source</th>
            <th scope="col">Version</th>
            <th scope="col">Blocking</th>
            <th scope="col">Enabled</th>
          </tr>
        </thead>
        <tbody>
          {modules.map((m) => (
            <ModuleRowView key={`${m.module_type}:${m.id}`} module={m} readOnly={readOnly} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
