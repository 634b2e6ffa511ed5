import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A workflow bound to one MISP trigger; `data` is MISP's stored graph, kept verbatim as JSON text. */
@Entity({ name: 'workflows' })
export class WorkflowEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 191 })
  name!: string;

  @Column({ type: 'varchar', length: 191, default: '' })
  description!: string;

  /** One workflow per trigger, as in MISP (spec §2.5). */
  @Index('uq_workflows_trigger_id', { unique: true })
  @Column({ name: 'trigger_id', type: 'varchar', length: 191 })
  triggerId!: string;

  @Column({ type: 'text' })
  data!: string;

  @Column({ name: 'debug_enabled', type: 'boolean', default: false })
  debugEnabled!: boolean;

  /** Runs of this workflow (MISP `counter`). */
  @Column({ type: 'integer', default: 0 })
  counter!: number;

  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: Date })
  updatedAt!: Date;
}
