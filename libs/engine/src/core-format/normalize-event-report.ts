import { phpEmpty } from '../php';
import type { CoreFormatFetchPort, JsonRecord } from './core-format.types';
import { eventStub } from './event-shell';
import { loadEventShell } from './load-entities';
import { normalizeRecord } from './normalize-record';
import { isRecord } from './record-utils';

/**
 * `Module_event_report_after_save::normalizeData`: `false` without a report; else the report's event
 * (`quickFetchEvent`) with `Event.EventReport = [report]`, then the generic converter.
 */
export async function normalizeEventReport(raw: unknown, port?: CoreFormatFetchPort): Promise<JsonRecord | false> {
  const report = isRecord(raw) ? raw['EventReport'] : undefined;
  if (!isRecord(report) || phpEmpty(report)) return false;
  const shell = await loadEventShell(port, report['event_id'], () => eventStub(report['event_id']));
  shell.event['EventReport'] = [report];
  return normalizeRecord(shell.top, port);
}
