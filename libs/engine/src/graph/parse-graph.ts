import { parseGraphShape } from './parse-graph-shape';
import type { ParseGraphResult } from './parse-graph.types';

// Checks that untrusted JSON has the shape of a MISP stored graph (spec §2.2) and returns a typed deep
// copy of it. Never throws; on success `JSON.stringify(graph)` is deep-equal to the input (unknown
// keys and `[]` placeholders kept). Semantic rules (cycles, triggers) are `checkGraph`'s business.
export function parseGraph(json: unknown): ParseGraphResult {
  return parseGraphShape({ json, checkReferences: true });
}
