import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { timestampType } from '../column-types';

export class ModuleStatesExecutions1732600000000 implements MigrationInterface {
  name = 'ModuleStatesExecutions1732600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const ts = timestampType(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'module_states',
        columns: [
          { name: 'id', type: 'varchar', length: '120', isPrimary: true },
          { name: 'enabled', type: 'boolean' },
          { name: 'updated_at', type: ts },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'executions',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'workflow_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'trigger_id', type: 'varchar', length: '191' },
          { name: 'source', type: 'varchar', length: '16' },
          { name: 'outcome', type: 'varchar', length: '16' },
          { name: 'outcome_text', type: 'text' },
          { name: 'success', type: 'boolean' },
          { name: 'errors', type: 'text' },
          { name: 'steps', type: 'text' },
          { name: 'started_at', type: ts },
          { name: 'finished_at', type: ts },
          { name: 'duration_ms', type: 'integer' },
        ],
      }),
    );
    await queryRunner.createIndex('executions', new TableIndex({ name: 'ix_executions_started_at', columnNames: ['started_at'] }));
    await queryRunner.createIndex('executions', new TableIndex({ name: 'ix_executions_workflow_id', columnNames: ['workflow_id', 'started_at'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('executions', 'ix_executions_workflow_id');
    await queryRunner.dropIndex('executions', 'ix_executions_started_at');
    await queryRunner.dropTable('executions');
    await queryRunner.dropTable('module_states');
  }
}
