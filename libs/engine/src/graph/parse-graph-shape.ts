import { cloneJsonValue } from './clone-json-value';
import { describeJson } from './describe-json';
import { findDanglingConnections } from './find-dangling-connections';
import { isRecord } from './is-record';
import { memberPath } from './member-path';
import { parseFrames } from './parse-frames';
import { parseGraphNode } from './parse-graph-node';
import type { ParseGraphResult } from './parse-graph.types';
import { FRAMES_KEY, type GraphEntry } from './workflow-graph.types';

// Enough to locate the problems in a broken graph without flooding an API response.
const MAX_ERRORS = 50;

// The parser behind `parseGraph` and `blueprintToGraph`. Blueprints may keep connections to nodes
// that were not selected (spec §10.2.1), hence `checkReferences`.
export function parseGraphShape({
  json,
  checkReferences,
}: {
  json: unknown;
  checkReferences: boolean;
}): ParseGraphResult {
  if (!isRecord(json)) {
    const hint = Array.isArray(json)
      ? '; a blueprint node list must go through blueprintToGraph'
      : '';
    return fail([
      `graph: must be an object keyed by node id (got ${describeJson(json)})${hint}`,
    ]);
  }
  const cloned = cloneJsonValue({ value: json, path: 'graph' });
  if (!cloned.ok) return fail(cloned.errors);
  const copy = isRecord(cloned.value) ? cloned.value : {};
  const errors: string[] = [];
  const entries: [string, GraphEntry][] = [];
  for (const [key, value] of Object.entries(copy)) {
    const path = `graph${memberPath(key)}`;
    const parsed =
      key === FRAMES_KEY
        ? parseFrames({ value, path })
        : parseGraphNode({ key, value, path });
    if (parsed.ok) entries.push([key, parsed.value]);
    else errors.push(...parsed.errors);
  }
  if (errors.length > 0) return fail(errors);
  const graph = Object.fromEntries(entries);
  const dangling = checkReferences ? findDanglingConnections(graph) : [];
  return dangling.length > 0 ? fail(dangling) : { ok: true, graph };
}

function fail(errors: readonly string[]): ParseGraphResult {
  if (errors.length <= MAX_ERRORS) return { ok: false, errors };
  return {
    ok: false,
    errors: [
      ...errors.slice(0, MAX_ERRORS),
      `… and ${errors.length - MAX_ERRORS} more errors`,
    ],
  };
}
