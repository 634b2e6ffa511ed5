import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type JobKind = 'trigger' | 'branch';
export type JobStatus = 'pending' | 'running' | 'done' | 'failed';

/**
 * A queued run. It carries a reference to its stored payload, never the payload itself (MISP#10231:
 * MISP passes whole events as job arguments).
 */
@Entity({ name: 'jobs' })
@Index('ix_jobs_status_run_after', ['status', 'runAfter'])
export class JobEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: JobKind;

  @Column({ name: 'trigger_id', type: 'varchar', length: 191 })
  triggerId!: string;

  @Column({ name: 'workflow_id', type: 'varchar', length: 36 })
  workflowId!: string;

  /** Branch jobs: the node to start from (MISP `__node_id_to_exec`). */
  @Column({ name: 'start_node_id', type: 'integer', nullable: true })
  startNodeId!: number | null;

  @Column({ name: 'payload_id', type: 'varchar', length: 36 })
  payloadId!: string;

  /** The execution this job will record, known when the job is acknowledged. */
  @Column({ name: 'execution_id', type: 'varchar', length: 36 })
  executionId!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: JobStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'run_after', type: Date })
  runAfter!: Date;

  @Column({ name: 'locked_by', type: 'varchar', length: 64, nullable: true })
  lockedBy!: string | null;

  @Column({ name: 'locked_at', type: Date, nullable: true })
  lockedAt!: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;
}
