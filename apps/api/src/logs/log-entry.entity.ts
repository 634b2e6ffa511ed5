import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** MISP's application log row (spec §8.1), as the engine writes it: user SYSTEM. */
@Entity({ name: 'logs' })
@Index('ix_logs_created', ['created'])
export class LogEntryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: Date })
  created!: Date;

  @Column({ type: 'varchar', length: 80 })
  model!: string;

  @Column({ name: 'model_id', type: 'varchar', length: 64 })
  modelId!: string;

  @Column({ type: 'varchar', length: 80 })
  action!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  change!: string;

  @Column({ type: 'varchar', length: 191 })
  email!: string;
}
