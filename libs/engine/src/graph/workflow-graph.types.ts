// The stored workflow graph exactly as MISP keeps it in `workflows.data` (spec §2.2): drawflow's
// `drawflow.Home.data` map. Every object type keeps an index signature so that fields we do not know
// (drawflow `html`, the trigger descriptor copied into trigger nodes, future MISP fields) survive a
// parse → store → serve round trip untouched.

export type ModuleType = 'trigger' | 'logic' | 'action';

// PHP serialises every empty array as `[]`, so an empty map arrives as a JSON list (spec §2.2).
export type EmptyList = readonly [];

// Drawflow's naming is inverted: an OUTPUT connection names the TARGET node and the target's input
// under the key `output`; node ids inside connections are strings.
export type OutputConnection = {
  readonly node: string;
  readonly output: string;
  readonly points?: readonly unknown[];
  readonly [extra: string]: unknown;
};

// Added on read by `attachConnectionLabels` (spec §2.4); display-only.
export type ConnectionLabel = {
  readonly id: string;
  readonly name: string;
  readonly variant: string;
  readonly [extra: string]: unknown;
};

// An INPUT connection names the SOURCE node and the source's output under the key `input`.
export type InputConnection = {
  readonly node: string;
  readonly input: string;
  readonly labels?: readonly ConnectionLabel[];
  readonly [extra: string]: unknown;
};

export type Port<C> = {
  readonly connections: readonly C[];
  readonly [extra: string]: unknown;
};

export type PortMap<C> = { readonly [portName: string]: Port<C> };
export type OutputPortMap = PortMap<OutputConnection>;
export type InputPortMap = PortMap<InputConnection>;

export type SavedFilters = {
  readonly selector?: string;
  readonly value?: string;
  readonly operator?: string;
  readonly path?: string;
  readonly [extra: string]: unknown;
};

export type IndexedParams = { readonly [paramId: string]: unknown };

export type NodeData = {
  readonly id: string;
  readonly module_type: ModuleType;
  readonly name?: string;
  readonly indexed_params?: IndexedParams | EmptyList;
  readonly saved_filters?: SavedFilters | EmptyList;
  // Read by the save validator with PHP `empty()` semantics (spec §4.1.3), so any JSON value is legal.
  readonly multiple_output_connection?: unknown;
  readonly [extra: string]: unknown;
};

export type GraphNode = {
  readonly id: number;
  // Optional: MISP's auto-created trigger node (`genGraphDataForTrigger`) has no `name`.
  readonly name?: string;
  readonly data: NodeData;
  readonly class?: string;
  readonly typenode?: boolean;
  readonly inputs: InputPortMap | EmptyList;
  readonly outputs: OutputPortMap | EmptyList;
  readonly pos_x?: number;
  readonly pos_y?: number;
  readonly [extra: string]: unknown;
};

// UI-only grouping boxes; no server algorithm reads them, so their content is kept opaque.
export type Frame = { readonly [key: string]: unknown };
export type FrameMap = { readonly [frameId: string]: Frame };

export type GraphEntry = GraphNode | FrameMap | EmptyList;

// Keys are `String(node.id)`, plus the optional `_frames` entry. The single index signature (instead of
// a separate `_frames` property) keeps graphs writable as plain literals; read nodes through
// `findGraphNode` / `graphNodes`, which tell nodes and frames apart.
export type WorkflowGraph = { readonly [key: string]: GraphEntry };

export const FRAMES_KEY = '_frames';
