import type { BlueprintFile } from '../types/blueprint.types';

/** MISP's download name: `blueprint_<lower-cased name, spaces as "-">_<unix time>.json` (spec §10.2.2). */
export function exportFileName(name: string, unixSeconds: number): string {
  return `blueprint_${name.toLowerCase().replace(/ /g, '-')}_${Math.floor(unixSeconds)}.json`;
}

export type ParsedBlueprintFile = { ok: true; file: BlueprintFile; name: string } | { ok: false; message: string };

/**
 * Checks a chosen file before it is sent, so an obviously wrong file gets a precise message; the API
 * still validates the nodes.
 */
export function parseBlueprintFile(text: string): ParsedBlueprintFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `This file is not valid JSON (${error instanceof Error ? error.message : String(error)}).` };
  }
  if (!isRecord(value) || !isRecord(value['WorkflowBlueprint'])) {
    return { ok: false, message: 'This is not a MISP blueprint file: it must contain {"WorkflowBlueprint": {…}}.' };
  }
  const blueprint = value['WorkflowBlueprint'];
  const name = blueprint['name'];
  if (typeof name !== 'string' || name.trim() === '') return { ok: false, message: 'The blueprint in this file has no name.' };
  if (!Array.isArray(blueprint['data']) && typeof blueprint['data'] !== 'string') {
    return { ok: false, message: 'The blueprint in this file has no node list ("data").' };
  }
  return { ok: true, file: { WorkflowBlueprint: blueprint }, name };
}

/** The trigger a blueprint is meant for: MISP's convention of `[<trigger id>]` at the start of the description. */
export function intendedTrigger(description: string): string | null {
  const match = /^\s*\[([A-Za-z0-9_-]+)\]/.exec(description);
  return match ? match[1] : null;
}

/** The description without that `[<trigger id>]` prefix. */
export function descriptionText(description: string): string {
  return description.replace(/^\s*\[[A-Za-z0-9_-]+\]\s*/, '').trim();
}

/** The module ids used by the nodes, in order, without repeats (`node.data.id`). */
export function moduleIdsOf(nodes: unknown[]): string[] {
  const ids: string[] = [];
  for (const node of nodes) {
    const data = isRecord(node) ? node['data'] : undefined;
    const id = isRecord(data) ? data['id'] : undefined;
    if (typeof id === 'string' && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
