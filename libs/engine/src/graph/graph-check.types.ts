import type { GraphNode, ModuleType } from './workflow-graph.types';

// How MISP resolves a module class for a node: by the pair (module_type, module id) (spec §13 item 5).
export type ModuleRef = {
  readonly moduleType: ModuleType;
  readonly moduleId: string;
};

// Module metadata is injected so that the graph code stays independent of any module registry.
export type IsBlockingModule = (module: ModuleRef) => boolean;

export type PathWarningContext = {
  readonly isBlockingModule: IsBlockingModule;
  // Defaults to MISP's rule: a `logic` node whose module id is `concurrent-task`.
  readonly isConcurrentTask?: (node: GraphNode) => boolean;
};

export type CheckGraphContext = PathWarningContext;

// `[from node id, to node id, "Cycle"]`, ints as MISP's edge list holds them (spec §4.1.1).
export type CycleEdge = readonly [number, number, 'Cycle'];

export type AcyclicCheck = {
  readonly is_acyclic: boolean;
  readonly cycles: readonly CycleEdge[];
};

// PHP array keyed by source node id → JSON object, or `[]` when empty (spec §4.2).
export type MultipleOutputEdges =
  | { readonly [sourceNodeId: string]: readonly number[] }
  | readonly [];

export type MultipleOutputConnectionCheck = {
  readonly has_multiple_output_connection: boolean;
  readonly edges: MultipleOutputEdges;
};

// `[source id, next node id, message, module blocking flag, module id, blocking node id]`; the first
// two come from the path string and are therefore strings, the last is the node's own integer id.
export type PathWarningEdge = readonly [
  string,
  string,
  string,
  true,
  string,
  number,
];

export type PathWarningsCheck = {
  readonly has_path_warnings: boolean;
  readonly edges: readonly PathWarningEdge[];
};

export type CheckGraphResult = {
  readonly is_acyclic: AcyclicCheck;
  readonly multiple_output_connection: MultipleOutputConnectionCheck;
  readonly path_warnings: PathWarningsCheck;
};
