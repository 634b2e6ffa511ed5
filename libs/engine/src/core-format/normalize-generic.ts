import type { CoreFormatFetchPort, JsonRecord } from './core-format.types';
import { unwrapEnvelope } from './envelope';
import { normalizeRecord } from './normalize-record';
import { isRecord } from './record-utils';

/** Core-format triggers without their own `normalizeData`: any envelope, then the generic converter. */
export async function normalizeGeneric(raw: unknown, port?: CoreFormatFetchPort): Promise<JsonRecord | false> {
  const record = unwrapEnvelope(raw);
  return record === undefined ? false : normalizeRecord(record, port);
}

/** `user-*` and `log-after-save` are not core format: MISP passes the data on unchanged (same object). */
export function passThrough(raw: unknown): Promise<JsonRecord | false> {
  return Promise.resolve(isRecord(raw) ? raw : false);
}
