/** A row of `GET /workflows`: a workflow without its graph. */
export type WorkflowSummary = {
  id: string;
  name: string;
  description: string;
  trigger_id: string;
  debug_enabled: boolean;
  counter: number;
  /** MISP's `timestamp`: last update, seconds since the epoch. */
  timestamp: number;
  created_at: string;
  updated_at: string;
};

/**
 * A workflow as `GET /workflows/:id` and the create/update/import routes answer it: `data` is the stored
 * graph exactly as it was saved. The API passes it through untyped; a reader that interprets the graph
 * (the editor) names its own reading of the format as `Graph`.
 */
export type WorkflowView<Graph = unknown> = WorkflowSummary & { data: Graph };
