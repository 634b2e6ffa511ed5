/** Named engine events (style guide rule 20); the API forwards them to socket.io and the run record. */
export type NodeStatus = 'success' | 'failure' | 'blocked' | 'skipped';

export type TraceEvent =
  | { type: 'run:started'; executionId: string; workflowId: string; at: number }
  | { type: 'node:started'; executionId: string; nodeId: number; moduleId: string; at: number }
  | {
      type: 'node:finished';
      executionId: string;
      nodeId: number;
      moduleId: string;
      status: NodeStatus;
      durationMs: number;
      error?: string;
      /** Which output a logic node followed. */
      output?: string;
      dataPreview?: string;
      /** The roaming data after the node, by reference (only when the sink asks for it: debug mode). */
      data?: Readonly<Record<string, unknown>>;
      at: number;
    }
  | { type: 'run:finished'; executionId: string; outcome: string; errors: string[]; durationMs: number; at: number };

export type TraceSink = {
  emit: (event: TraceEvent) => void;
  /** Max bytes of data preview per step; 0 or absent = no preview (nothing serialised). */
  previewBytes?: number;
  /** Attach the roaming data itself to `node:finished` (debug mode's full payload capture). */
  includeData?: boolean;
};
