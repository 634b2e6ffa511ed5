import { DataSource } from 'typeorm';
import { ExecutionsService } from '../../src/executions/executions.service';
import type { TestApp } from './test-app';

/**
 * Every row a write route could leave behind, read straight from the database (the API's own answers are not
 * trusted to tell). Execution records are buffered by the API, so they are flushed first. Left out: the
 * application log (a refusal may be logged) and `api_keys.last_used_at` (every request touches it).
 */
export async function dbState(t: TestApp): Promise<Record<string, unknown[]>> {
  await t.app.get(ExecutionsService).flush();
  const db = t.app.get(DataSource);
  const read = (sql: string): Promise<unknown[]> => db.query(sql);
  return {
    workflows: await read('SELECT * FROM workflows ORDER BY id'),
    blueprints: await read('SELECT * FROM workflow_blueprints ORDER BY id'),
    jobs: await read('SELECT * FROM jobs ORDER BY id'),
    payloads: await read('SELECT * FROM payloads ORDER BY id'),
    executions: await read('SELECT * FROM executions ORDER BY id'),
    settings: await read('SELECT * FROM settings ORDER BY name'),
    module_states: await read('SELECT * FROM module_states ORDER BY id'),
    api_keys: await read('SELECT id, name, role, key_hash FROM api_keys ORDER BY id'),
  };
}

/** Row counts of the tables a refused request must not grow, for a readable failure message. */
export function counts(state: Record<string, unknown[]>): Record<string, number> {
  return Object.fromEntries(Object.entries(state).map(([table, rows]) => [table, rows.length]));
}
