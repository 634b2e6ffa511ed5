import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { timestampType } from '../column-types';

export class JobsPayloads1732700000000 implements MigrationInterface {
  name = 'JobsPayloads1732700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const ts = timestampType(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'payloads',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'content', type: 'text' },
          { name: 'created_at', type: ts },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'jobs',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'trigger_id', type: 'varchar', length: '191' },
          { name: 'workflow_id', type: 'varchar', length: '36' },
          { name: 'start_node_id', type: 'integer', isNullable: true },
          { name: 'payload_id', type: 'varchar', length: '36' },
          { name: 'execution_id', type: 'varchar', length: '36' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'attempts', type: 'integer', default: 0 },
          { name: 'run_after', type: ts },
          { name: 'locked_by', type: 'varchar', length: '64', isNullable: true },
          { name: 'locked_at', type: ts, isNullable: true },
          { name: 'last_error', type: 'text', isNullable: true },
          { name: 'created_at', type: ts },
        ],
      }),
    );
    await queryRunner.createIndex('jobs', new TableIndex({ name: 'ix_jobs_status_run_after', columnNames: ['status', 'run_after'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('jobs', 'ix_jobs_status_run_after');
    await queryRunner.dropTable('jobs');
    await queryRunner.dropTable('payloads');
  }
}
