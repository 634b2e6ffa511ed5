import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class Blueprints1732900000000 implements MigrationInterface {
  name = 'Blueprints1732900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'workflow_blueprints',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'uuid', type: 'varchar', length: '40' },
          { name: 'name', type: 'varchar', length: '191' },
          { name: 'description', type: 'varchar', length: '191' },
          { name: 'timestamp', type: 'integer' },
          { name: 'is_default', type: 'boolean', default: false },
          { name: 'data', type: 'text' },
        ],
      }),
    );
    await queryRunner.createIndex('workflow_blueprints', new TableIndex({ name: 'uq_workflow_blueprints_uuid', columnNames: ['uuid'], isUnique: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('workflow_blueprints', 'uq_workflow_blueprints_uuid');
    await queryRunner.dropTable('workflow_blueprints');
  }
}
