export { convertToCoreFormat } from './convert-to-core-format';
export { convertEventToCoreFormat } from './convert-event-to-core-format';
export { NORMALIZATION_ERROR_PREFIX, NORMALIZATION_INVALID_INPUT_MESSAGE } from './core-format-errors';
export type {
  ConvertToCoreFormatOptions,
  CoreFormatError,
  CoreFormatErrorCode,
  CoreFormatFetchPort,
  CoreFormatResult,
} from './core-format.types';
export { findTriggerDefinition, isTriggerId, TRIGGER_DEFINITIONS, TRIGGER_IDS } from './trigger-definitions';
export type { TriggerDefinition, TriggerId, TriggerOverhead, TriggerScope } from './trigger-definitions';
