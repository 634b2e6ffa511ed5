import type { CoreFormatResult } from './core-format.types';

/** MISP `__runWorkflow` text when `normalizeData` returns `false` (spec §3.3 step 3). */
export const NORMALIZATION_INVALID_INPUT_MESSAGE = 'Error while normalizing data for trigger. Invalid input.';

/** MISP `__runWorkflow` text when `normalizeData` throws: this prefix, `PHP_EOL`, the exception message. */
export const NORMALIZATION_ERROR_PREFIX = 'Error while normalizing data for trigger. Error:';

/**
 * Thrown where MISP's PHP would throw while converting (a TypeError on a non-array attribute, a list
 * that `array_merge` refuses, …), so that the caller reports MISP's exception variant.
 */
export class CoreFormatConversionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CoreFormatConversionError';
  }
}

export function invalidInputResult(): CoreFormatResult {
  return { ok: false, error: { code: 'invalid-input', message: NORMALIZATION_INVALID_INPUT_MESSAGE } };
}

export function thrownResult(thrown: unknown): CoreFormatResult {
  const detail = thrown instanceof Error ? thrown.message : String(thrown);
  return {
    ok: false,
    error: { code: 'normalization-failed', message: `${NORMALIZATION_ERROR_PREFIX}\n${detail}`, cause: thrown },
  };
}

/** MISP's `TriggerNotFoundException` text (spec §3.2). */
export function unknownTriggerResult(triggerId: string): CoreFormatResult {
  return { ok: false, error: { code: 'unknown-trigger', message: `Unknown trigger \`${triggerId}\`` } };
}
