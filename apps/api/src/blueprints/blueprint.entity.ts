import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** MISP's `workflow_blueprints` row (spec §10.2.1); `data` is a JSON list of nodes, kept verbatim. */
@Entity({ name: 'workflow_blueprints' })
export class BlueprintEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index('uq_workflow_blueprints_uuid', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  uuid!: string;

  @Column({ type: 'varchar', length: 191 })
  name!: string;

  @Column({ type: 'varchar', length: 191 })
  description!: string;

  /** Seconds since the epoch, as MISP stores it. */
  @Column({ type: 'integer' })
  timestamp!: number;

  /** True for blueprints shipped with the platform. */
  @Column({ name: 'is_default', type: 'boolean', default: false })
  isDefault!: boolean;

  @Column({ type: 'text' })
  data!: string;
}
