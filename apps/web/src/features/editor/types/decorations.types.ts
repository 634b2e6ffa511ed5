/** What a node shows of a run: `running` between `node:started` and `node:finished`. */
export type NodeRunStatus = 'running' | 'success' | 'failure' | 'blocked' | 'skipped';

export type NodeWarning = { severity: 'error' | 'warning' | 'info'; text: string; description?: string };

export type NodeDecoration = { status?: NodeRunStatus; durationMs?: number; warnings?: NodeWarning[] };
