import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An admin's enable/disable choice for one module; modules without a row use MISP's default. */
@Entity({ name: 'module_states' })
export class ModuleStateEntity {
  @PrimaryColumn({ type: 'varchar', length: 120 })
  id!: string;

  @Column({ type: 'boolean' })
  enabled!: boolean;

  @Column({ name: 'updated_at', type: Date })
  updatedAt!: Date;
}
