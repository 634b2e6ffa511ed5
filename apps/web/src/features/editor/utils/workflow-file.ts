import type { WorkflowFile } from '../types/api.types';
import { isRecord } from './json-guards';

export const WORKFLOW_FILE_FORMAT = 'misp-workflow-platform/workflow@1';

export type ParsedWorkflowFile = { ok: true; file: WorkflowFile } | { ok: false; message: string };

/** Reads a file written by `GET /workflows/:id/export`, with a clear message for anything else. */
export function parseWorkflowFile(text: string): ParsedWorkflowFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The file is not JSON.' };
  }
  if (!isRecord(json)) return { ok: false, message: 'The file is not a workflow file (expected a JSON object).' };
  if (isRecord(json['WorkflowBlueprint'])) return { ok: false, message: 'This is a blueprint file: import it on the Blueprints page, then insert it from the side panel.' };
  if (json['format'] !== WORKFLOW_FILE_FORMAT) return { ok: false, message: `Unknown file format: expected "${WORKFLOW_FILE_FORMAT}".` };
  const wf = json['workflow'];
  if (!isRecord(wf) || typeof wf['name'] !== 'string' || typeof wf['trigger_id'] !== 'string' || !isRecord(wf['data'])) {
    return { ok: false, message: 'The file has no workflow with a name, a trigger_id and a graph (data).' };
  }
  return {
    ok: true,
    file: {
      ...json,
      format: WORKFLOW_FILE_FORMAT,
      workflow: {
        name: wf['name'],
        trigger_id: wf['trigger_id'],
        data: wf['data'],
        ...(typeof wf['description'] === 'string' ? { description: wf['description'] } : {}),
        ...(typeof wf['debug_enabled'] === 'boolean' ? { debug_enabled: wf['debug_enabled'] } : {}),
      },
    },
  };
}
