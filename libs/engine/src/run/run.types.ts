import type { GraphNode, ModuleType, WorkflowGraph } from '../graph';
import type { TraceSink } from '../trace/trace.types';

export type { ModuleType };

/** Roaming data: MISP passes PHP arrays around; here any JSON object. */
export type RoamingRecord = Record<string, unknown>;

export type PathType = 'blocking' | 'non-blocking' | 'include-logic';

/** The walker reads MISP's stored graph as parsed by `parseGraph` (spec §2.2). */
export type WalkNode = GraphNode;
export type WalkGraph = WorkflowGraph;

/**
 * What a module's `exec` answers. Actions: `ok` or `fail`; `block` is a deliberate refusal (stop-execution);
 * logic modules answer `branch` with the output to follow (`output_1` = then, `output_2` = else).
 */
export type ModuleOutcome =
  | { kind: 'ok' }
  | { kind: 'fail'; message: string }
  | { kind: 'block'; message: string }
  | { kind: 'branch'; output: string };

export type ModuleExecContext = {
  node: WalkNode;
  /** Current data: the filtered view when filters are active (spec §3.8). Treat as read-only. */
  getData: () => RoamingRecord;
  /** Replace the roaming data (copy what you change; never mutate what `getData` returned). */
  setData: (data: RoamingRecord) => void;
  /** The raw data before core-format conversion. */
  rawData: unknown;
  workflow: WorkflowRef;
  triggerNode: WalkNode | null;
  signal: AbortSignal;
};

/** A module as the engine sees it; libs/sdk and the registry adapt their definitions to this. */
export type EngineModule = {
  id: string;
  type: ModuleType;
  blocking: boolean;
  exec: (ctx: ModuleExecContext) => ModuleOutcome | Promise<ModuleOutcome>;
};

export type ModuleLookup =
  | { status: 'ok'; module: EngineModule }
  /** `blocking`: a disabled blocking module still ends the walk when it is reached (MISP §3.10). */
  | { status: 'disabled'; blocking?: boolean }
  | { status: 'missing' };

export type WorkflowRef = { id: string; name: string };

export type ConcurrentBranchJob = {
  workflow: WorkflowRef;
  /** Node to start from (the node connected to the concurrent task). */
  startNodeId: number;
  /** Snapshot of the roaming data when the branch was scheduled (filtered view plus filter keys). */
  data: RoamingRecord;
  rawData: unknown;
};

export type EngineLogEntry = { level: 'error' | 'info'; message: string; nodeId?: number; moduleId?: string };

export type EnginePorts = {
  /** Resolves a node's module by (module_type, id), spec §3.9. */
  resolveModule: (type: ModuleType, id: string) => ModuleLookup;
  /** Persists a concurrent-task branch for a worker (spec §3.6). */
  enqueueBranch?: (job: ConcurrentBranchJob) => Promise<void>;
  trace?: TraceSink;
  /** Application log (MISP's `logExecutionError`). */
  log?: (entry: EngineLogEntry) => void;
  now?: () => number;
};

export type WalkResult = {
  /** Ids of action nodes executed, in order. */
  executed_nodes: number[];
  /** Ids of nodes whose failure was recorded (MISP `blocking_nodes`). */
  blocking_nodes: number[];
  /** Paths (edge lists) skipped because an earlier non-blocking failure on them. */
  blocked_paths: string[][];
};

export type Outcome = 'success' | 'blocked' | 'failure';

export type RunResult = {
  success: boolean;
  outcome: Outcome;
  /** MISP's `outcomeText`: the outcome, or `failure <message>` for normalisation/veto failures. */
  outcomeText: string;
  errors: string[];
  walk: WalkResult;
  /** Final roaming data (not serialised). */
  data: RoamingRecord;
};

export type WalkOptions = {
  graph: WalkGraph;
  workflow: WorkflowRef;
  startNodeId: number;
  pathType: Exclude<PathType, 'include-logic'>;
  data: RoamingRecord;
  rawData?: unknown;
  ports: EnginePorts;
  signal?: AbortSignal;
  /** Per-node deadline; a module still running then fails with a timeout error. */
  nodeTimeoutMs?: number;
  executionId?: string;
};
