import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ApiRole } from '@misp-wf/contracts';

@Entity({ name: 'api_keys' })
export class ApiKeyEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** SHA-256 of the key; the key itself is shown once and never stored. */
  @Index('uq_api_keys_key_hash', { unique: true })
  @Column({ name: 'key_hash', type: 'varchar', length: 64 })
  keyHash!: string;

  /** First characters of the key, so an admin can tell keys apart in a list. */
  @Column({ name: 'key_prefix', type: 'varchar', length: 8 })
  keyPrefix!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: ApiRole;

  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;

  @Column({ name: 'last_used_at', type: Date, nullable: true })
  lastUsedAt!: Date | null;
}
