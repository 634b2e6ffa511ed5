import { phpEmpty } from '../php';
import type { CoreFormatFetchPort, DraftRecord, JsonRecord } from './core-format.types';
import { eventStub } from './event-shell';
import { fetchThreadRow } from './fetch-records';
import { loadEventShell } from './load-entities';
import { isRecord } from './record-utils';
import { convertRecord } from './workflow-format-converter';

/** Without a port, a `Thread` (and `Event`) the sender already put in the payload are used. */
function payloadThread(raw: JsonRecord): JsonRecord | null {
  const thread = raw['Thread'];
  return isRecord(thread) && !phpEmpty(thread) ? thread : null;
}

/**
 * `Module_post_after_save::normalizeData` (not core format): `false` without a post; else the post
 * plus `Thread` (the thread row, `[]` when missing) and, when the thread belongs to an event, `Event` =
 * that event converted to core format (its `Event` part, with `_AttributeFlattened`).
 */
export async function normalizePost(raw: unknown, port?: CoreFormatFetchPort): Promise<JsonRecord | false> {
  if (!isRecord(raw) || !isRecord(raw['Post']) || phpEmpty(raw['Post'])) return false;
  const fetched = await fetchThreadRow(port, raw['Post']['thread_id']);
  const thread = fetched === undefined ? payloadThread(raw) : fetched;
  const output: DraftRecord = { ...raw, Thread: thread ?? [] };
  if (thread !== null && !phpEmpty(thread['event_id'])) {
    const eventId = thread['event_id'];
    const payloadEvent = raw['Event'];
    const shell = await loadEventShell(port, eventId, () =>
      isRecord(payloadEvent) ? { Event: payloadEvent } : eventStub(eventId),
    );
    output['Event'] = convertRecord(shell.top)['Event'];
  }
  return output;
}
