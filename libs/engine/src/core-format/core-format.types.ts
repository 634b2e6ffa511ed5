/** A JSON object as MISP sends it (a PHP associative array). Never mutated by the converter. */
export type JsonRecord = { readonly [key: string]: unknown };

/** A record the converter is still building; it becomes a `JsonRecord` once returned. */
export type DraftRecord = { [key: string]: unknown };

/**
 * Why a normalisation failed. `invalid-input` = MISP's `false` result; `normalization-failed` = MISP's
 * exception variant (a thrown error, or a fetch port that rejected); `unknown-trigger` = MISP's
 * `TriggerNotFoundException`.
 */
export type CoreFormatErrorCode = 'invalid-input' | 'normalization-failed' | 'unknown-trigger';

export type CoreFormatError = {
  code: CoreFormatErrorCode;
  /** MISP's text, e.g. `Error while normalizing data for trigger. Invalid input.` */
  message: string;
  cause?: unknown;
};

export type CoreFormatResult = { ok: true; data: JsonRecord } | { ok: false; error: CoreFormatError };

/**
 * What MISP re-reads from its database while normalising (`quickFetchEvent`, `fetchSimpleEvent`,
 * `fetchAttribute`, `fetchObjectSimple`, the `Thread` row). Each answer may use any envelope MISP
 * produces (`{Event: …}`, fetchEvent siblings, `{response: [...]}`, a bare row) and is `null` when
 * the record does not exist. Every method is optional: a missing one falls back to what the hook
 * payload itself carries (see docs in convert-to-core-format.ts).
 */
export type CoreFormatFetchPort = {
  event?: (id: string) => Promise<unknown>;
  attribute?: (id: string) => Promise<unknown>;
  object?: (id: string) => Promise<unknown>;
  thread?: (id: string) => Promise<unknown>;
};

export type ConvertToCoreFormatOptions = {
  fetch?: CoreFormatFetchPort;
};

/** Which `WorkflowFormatConverterTool` branch applies (spec §5.3 step 1). */
export type ConversionScope = 'event' | 'attribute' | 'object';

/**
 * Records fetched ahead of the pure conversion: `undefined` = not fetched (use the payload's own
 * data), `null` = fetched and missing (MISP's empty result), a record = found.
 */
export type ResolvedLookups = {
  event?: JsonRecord | null;
  object?: JsonRecord | null;
};
