import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The data of a queued run, stored once and referenced by its job. */
@Entity({ name: 'payloads' })
export class PayloadEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'text' })
  content!: string;

  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;
}
