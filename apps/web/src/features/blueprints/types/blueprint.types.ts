// A row of `GET /blueprints` (`data` is MISP's list of nodes), from `@misp-wf/contracts`.
export type { BlueprintView as BlueprintRow } from '@misp-wf/contracts';

/** MISP's blueprint file: `{"WorkflowBlueprint": {...}}`. */
export type BlueprintFile = { WorkflowBlueprint: Record<string, unknown> };
