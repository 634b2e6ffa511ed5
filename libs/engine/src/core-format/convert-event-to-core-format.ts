import { invalidInputResult, thrownResult } from './core-format-errors';
import type { CoreFormatResult } from './core-format.types';
import { unwrapEnvelope } from './envelope';
import { convertRecord } from './workflow-format-converter';

/**
 * WorkflowFormatConverterTool::convert on data in any envelope of core-format.md §1, synchronously
 * and without any fetch: attribute/object scopes are wrapped in the event the payload carries (or an
 * event reduced to its id). This is what the event triggers and `enrichment-before-query` do when no
 * fetch port is given, and what MISP's `reloadRoamingData` does with a freshly fetched event.
 */
export function convertEventToCoreFormat(data: unknown): CoreFormatResult {
  const record = unwrapEnvelope(data);
  if (record === undefined) return invalidInputResult();
  try {
    return { ok: true, data: convertRecord(record) };
  } catch (thrown: unknown) {
    return thrownResult(thrown);
  }
}
