import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { timestampType } from '../column-types';

export class Workflows1732500000000 implements MigrationInterface {
  name = 'Workflows1732500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const ts = timestampType(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'workflows',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'name', type: 'varchar', length: '191' },
          { name: 'description', type: 'varchar', length: '191', default: "''" },
          { name: 'trigger_id', type: 'varchar', length: '191' },
          { name: 'data', type: 'text' },
          { name: 'debug_enabled', type: 'boolean', default: false },
          { name: 'counter', type: 'integer', default: 0 },
          { name: 'created_at', type: ts },
          { name: 'updated_at', type: ts },
        ],
      }),
    );
    await queryRunner.createIndex('workflows', new TableIndex({ name: 'uq_workflows_trigger_id', columnNames: ['trigger_id'], isUnique: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('workflows', 'uq_workflows_trigger_id');
    await queryRunner.dropTable('workflows');
  }
}
