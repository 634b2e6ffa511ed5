import { describeJson } from './describe-json';
import { isRecord } from './is-record';
import { parseGraphShape } from './parse-graph-shape';
import type { ParseGraphResult } from './parse-graph.types';

// A blueprint's `data` is a JSON list of nodes (spec §10.2.1), which the walker cannot use: it needs
// the map keyed by node id. Connections to nodes outside the blueprint are allowed here (MISP keeps
// them and ignores them when pasting); they are dropped by `insertBlueprint`.
export function blueprintToGraph(nodes: readonly unknown[]): ParseGraphResult {
  if (!Array.isArray(nodes))
    return {
      ok: false,
      errors: [
        `blueprint: must be a list of nodes (got ${describeJson(nodes)})`,
      ],
    };
  const errors: string[] = [];
  const entries: [string, unknown][] = [];
  const seen = new Set<number>();
  nodes.forEach((node: unknown, i) => {
    const id = isRecord(node) ? node['id'] : undefined;
    if (typeof id !== 'number' || !Number.isSafeInteger(id)) {
      errors.push(
        `blueprint[${i}]: must be a node object with an integer id (got ${describeJson(isRecord(node) ? id : node)})`,
      );
    } else if (seen.has(id)) {
      errors.push(`blueprint[${i}]: node id ${id} appears more than once`);
    } else {
      seen.add(id);
      entries.push([String(id), node]);
    }
  });
  if (errors.length > 0) return { ok: false, errors };
  return parseGraphShape({
    json: Object.fromEntries(entries),
    checkReferences: false,
  });
}
