import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { timestampType } from '../column-types';

export class Logs1732800000000 implements MigrationInterface {
  name = 'Logs1732800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'logs',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'created', type: timestampType(queryRunner) },
          { name: 'model', type: 'varchar', length: '80' },
          { name: 'model_id', type: 'varchar', length: '64' },
          { name: 'action', type: 'varchar', length: '80' },
          { name: 'title', type: 'text' },
          { name: 'change', type: 'text' },
          { name: 'email', type: 'varchar', length: '191' },
        ],
      }),
    );
    await queryRunner.createIndex('logs', new TableIndex({ name: 'ix_logs_created', columnNames: ['created'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('logs', 'ix_logs_created');
    await queryRunner.dropTable('logs');
  }
}
