/** A row of `GET /blueprints` (`data` is MISP's list of nodes). */
export type BlueprintRow = {
  id: string;
  uuid: string;
  name: string;
  description: string;
  timestamp: number;
  default: boolean;
  data: unknown[];
};

/** MISP's blueprint file: `{"WorkflowBlueprint": {...}}`. */
export type BlueprintFile = { WorkflowBlueprint: Record<string, unknown> };
