import type { BuiltinModule } from '../shared/builtin-module.types';

/** See the folder of each module for its behaviour and tests. */
export const ATTRIBUTE_EVENT_ACTIONS: readonly BuiltinModule[] = [];
