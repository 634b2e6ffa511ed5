// The stored workflow graph exactly as MISP keeps it (spec §2.2): drawflow's `drawflow.Home.data` map,
// keyed by node id, plus an optional `_frames` entry. The web may not import the engine (style guide rule
// 3), so these are the editor's own reading of that format. Every object keeps an index signature so that
// fields the editor does not know (drawflow `html`, the trigger descriptor in trigger nodes, future MISP
// fields) survive load → edit → save untouched.

export type ModuleType = 'trigger' | 'logic' | 'action';

/** Drawflow's inverted naming: an OUTPUT connection names the TARGET node and the target's input. */
export type OutputConnection = { node: string; output: string; points?: unknown[]; [extra: string]: unknown };

/** An INPUT connection names the SOURCE node and the source's output under the key `input`. */
export type InputConnection = { node: string; input: string; [extra: string]: unknown };

export type Port<C> = { connections: C[]; [extra: string]: unknown };
export type PortMap<C> = { [portName: string]: Port<C> };
/** Ports as stored: read them through `outputPorts` / `inputPorts`, which skip malformed entries. */
export type StoredPorts = { [portName: string]: unknown } | unknown[];

export type SavedFilters = { selector: string; value: string; operator: string; path: string };

export type NodeData = {
  id: string;
  module_type: ModuleType;
  name?: string;
  /** `[]` when empty: PHP serialises an empty map as a list. */
  indexed_params?: { [paramId: string]: unknown } | unknown[];
  saved_filters?: Partial<SavedFilters> | unknown[];
  multiple_output_connection?: unknown;
  [extra: string]: unknown;
};

export type StoredNode = {
  id: number;
  name?: string;
  data: NodeData;
  class?: string;
  typenode?: boolean;
  inputs: StoredPorts;
  outputs: StoredPorts;
  pos_x?: number;
  pos_y?: number;
  [extra: string]: unknown;
};

/** The whole `data` column: node entries keyed by `String(node.id)`, and `_frames`. */
export type StoredGraph = { [key: string]: unknown };

export const FRAMES_KEY = '_frames';
