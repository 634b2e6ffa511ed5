import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One key of one module's store (`ctx.store`); the value is JSON text. */
@Entity({ name: 'module_store' })
@Index('ix_module_store_expires_at', ['expiresAt'])
export class ModuleStoreEntryEntity {
  @PrimaryColumn({ name: 'module_id', type: 'varchar', length: 120 })
  moduleId!: string;

  @PrimaryColumn({ type: 'varchar', length: 191 })
  key!: string;

  @Column({ type: 'text' })
  value!: string;

  /** Null: kept until deleted. */
  @Column({ name: 'expires_at', type: Date, nullable: true })
  expiresAt!: Date | null;

  @Column({ name: 'updated_at', type: Date })
  updatedAt!: Date;
}
