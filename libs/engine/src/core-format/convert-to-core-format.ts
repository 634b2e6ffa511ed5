import { invalidInputResult, thrownResult, unknownTriggerResult } from './core-format-errors';
import type {
  ConvertToCoreFormatOptions,
  CoreFormatFetchPort,
  CoreFormatResult,
  JsonRecord,
} from './core-format.types';
import { normalizeEventReport } from './normalize-event-report';
import { normalizeGeneric, passThrough } from './normalize-generic';
import { normalizePost } from './normalize-post';
import { normalizeShadowAttribute } from './normalize-shadow-attribute';
import { normalizeSighting } from './normalize-sighting';
import { normalizeTagAttached } from './normalize-tag-attached';
import { isTriggerId, type TriggerId } from './trigger-definitions';

type Normalizer = (raw: unknown, port?: CoreFormatFetchPort) => Promise<JsonRecord | false>;

/** Each trigger's `normalizeData` (spec §5.1/§5.2); a `Record` so that no trigger can be forgotten. */
const NORMALIZERS: Record<TriggerId, Normalizer> = {
  'event-before-save': normalizeGeneric,
  'event-after-save': normalizeGeneric,
  'event-after-save-new': normalizeGeneric,
  'event-after-save-new-from-pull': normalizeGeneric,
  'event-publish': normalizeGeneric,
  'attribute-after-save': normalizeGeneric,
  'object-after-save': normalizeGeneric,
  'event-report-after-save': normalizeEventReport,
  'shadow-attribute-before-save': normalizeShadowAttribute,
  'shadow-attribute-after-save': normalizeShadowAttribute,
  'sighting-after-save': normalizeSighting,
  'tag-attached-after-save': normalizeTagAttached,
  'post-after-save': normalizePost,
  'user-before-save': passThrough,
  'user-after-save': passThrough,
  'log-after-save': passThrough,
  'enrichment-before-query': normalizeGeneric,
};

/**
 * MISP's trigger normalisation (`normalizeData`) for the data a MISP hook sends.
 *
 * Async because several triggers re-read MISP's database (`quickFetchEvent`, `fetchAttribute`,
 * `fetchObjectSimple`, the post's thread): here those reads go through `opts.fetch`, an injected
 * port. Every port method is optional; without one the payload's own data stands in (getSighting's
 * summaries, fetchAttribute's `Event`/`Object`, or an event known only by its id). The pure,
 * synchronous core is `convertEventToCoreFormat`.
 *
 * Never throws and never mutates `rawData`: nested values are shared with it (copy-on-write), so the
 * result must be treated as immutable too.
 */
export async function convertToCoreFormat(
  triggerId: string,
  rawData: unknown,
  opts: ConvertToCoreFormatOptions = {},
): Promise<CoreFormatResult> {
  if (!isTriggerId(triggerId)) return unknownTriggerResult(triggerId);
  try {
    const data = await NORMALIZERS[triggerId](rawData, opts.fetch);
    return data === false ? invalidInputResult() : { ok: true, data };
  } catch (thrown: unknown) {
    return thrownResult(thrown);
  }
}
