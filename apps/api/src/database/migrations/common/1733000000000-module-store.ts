import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { timestampType } from '../column-types';

export class ModuleStore1733000000000 implements MigrationInterface {
  name = 'ModuleStore1733000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const ts = timestampType(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'module_store',
        columns: [
          { name: 'module_id', type: 'varchar', length: '120', isPrimary: true },
          { name: 'key', type: 'varchar', length: '191', isPrimary: true },
          { name: 'value', type: 'text' },
          { name: 'expires_at', type: ts, isNullable: true },
          { name: 'updated_at', type: ts },
        ],
      }),
    );
    await queryRunner.createIndex('module_store', new TableIndex({ name: 'ix_module_store_expires_at', columnNames: ['expires_at'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('module_store', 'ix_module_store_expires_at');
    await queryRunner.dropTable('module_store');
  }
}
