import type { QueryRunner } from 'typeorm';

/** The few column types that differ between SQLite and PostgreSQL, chosen from the live connection. */
export function timestampType(queryRunner: QueryRunner): string {
  return queryRunner.connection.options.type === 'postgres' ? 'timestamp' : 'datetime';
}
