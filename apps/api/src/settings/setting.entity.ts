import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per setting that differs from its default; the value is JSON so types survive both dialects. */
@Entity({ name: 'settings' })
export class SettingEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text' })
  value!: string;

  @Column({ name: 'updated_at', type: Date })
  updatedAt!: Date;
}
