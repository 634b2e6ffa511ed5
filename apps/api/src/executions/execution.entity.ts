import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One run of a workflow: outcome, errors and per-node steps (JSON text, portable across dialects). */
@Entity({ name: 'executions' })
export class ExecutionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'workflow_id', type: 'varchar', length: 36, nullable: true })
  workflowId!: string | null;

  @Column({ name: 'trigger_id', type: 'varchar', length: 191 })
  triggerId!: string;

  /** `hook` (MISP called), `manual` (run from the API or editor). */
  @Column({ type: 'varchar', length: 16 })
  source!: string;

  @Column({ type: 'varchar', length: 16 })
  outcome!: string;

  @Column({ name: 'outcome_text', type: 'text' })
  outcomeText!: string;

  @Column({ type: 'boolean' })
  success!: boolean;

  @Column({ type: 'text' })
  errors!: string;

  @Column({ type: 'text' })
  steps!: string;

  @Column({ name: 'started_at', type: Date })
  startedAt!: Date;

  @Column({ name: 'finished_at', type: Date })
  finishedAt!: Date;

  @Column({ name: 'duration_ms', type: 'integer' })
  durationMs!: number;
}
