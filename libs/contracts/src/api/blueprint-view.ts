/** A blueprint as `GET /blueprints` lists it; `data` is MISP's list of blueprint nodes. */
export type BlueprintView = { id: string; uuid: string; name: string; description: string; timestamp: number; default: boolean; data: unknown[] };
