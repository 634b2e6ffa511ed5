import { ApiClientError } from '../../../lib/api-client';
import { isRecord } from './json-guards';

export type Feedback = { title: string; lines: string[] };

/**
 * What the user reads when a save fails: MISP's message ("Failed to save the workflow: …", spec §4.3) and
 * the details the API sends — the check-graph result of a 422, field problems of a 400.
 */
export function saveErrorFeedback(error: unknown): Feedback {
  if (!(error instanceof ApiClientError)) return { title: `Failed to save the workflow: ${error instanceof Error ? error.message : String(error)}`, lines: [] };
  const title = `Failed to save the workflow: ${error.message}`;
  if (error.status === 422) return { title, lines: checkGraphLines(error.details) };
  if (error.status === 400) return { title, lines: fieldLines(error.details) };
  if (error.status === 401 || error.status === 403) return { title: `${title} (your key may not save workflows)`, lines: [] };
  return { title, lines: [] };
}

/** The 422 details (a check-graph result) as sentences. */
export function checkGraphLines(details: unknown): string[] {
  if (!isRecord(details)) return [];
  const lines: string[] = [];
  const acyclic = details['is_acyclic'];
  if (isRecord(acyclic) && Array.isArray(acyclic['cycles'])) {
    for (const edge of acyclic['cycles']) if (Array.isArray(edge)) lines.push(`Cycle: node ${String(edge[0])} → node ${String(edge[1])}`);
  }
  const multiple = details['multiple_output_connection'];
  if (isRecord(multiple) && isRecord(multiple['edges'])) {
    for (const [source, targets] of Object.entries(multiple['edges'])) {
      if (Array.isArray(targets)) lines.push(`Multiple connections: node ${source} → nodes ${targets.map(String).join(', ')}`);
    }
  }
  const warnings = details['path_warnings'];
  if (isRecord(warnings) && Array.isArray(warnings['edges']) && warnings['edges'].length > 0) {
    lines.push(`${warnings['edges'].length} path warning(s): a blocking node after a concurrent task`);
  }
  return lines;
}

function fieldLines(details: unknown): string[] {
  const list = isRecord(details) ? details['errors'] : details;
  if (!Array.isArray(list)) return [];
  return list.map((item: unknown) => {
    if (typeof item === 'string') return item;
    if (isRecord(item)) return [item['path'], item['message']].filter((x) => typeof x === 'string' && x !== '').join(': ');
    return String(item);
  });
}
