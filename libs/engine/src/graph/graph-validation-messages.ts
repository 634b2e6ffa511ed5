// Exact MISP texts (spec §4.1, §4.2, §4.3); clients and acceptance suites compare them verbatim.

export const CYCLE_MESSAGE = 'Cannot save a workflow containing a cycle';
export const TRIGGER_COUNT_MESSAGE =
  'Cannot save a workflow containing no or more than one trigger';
export const MULTIPLE_CONNECTION_MESSAGE =
  'Cannot save a workflow having more than one connection per output';

export const CYCLE_LABEL = 'Cycle';
export const BLOCKING_PATH_WARNING =
  'This path leads to a blocking node from a non-blocking context';

export const BLOCKING_IN_NON_BLOCKING_TEXT =
  'Blocking module might not work as intended';
export const BLOCKING_IN_NON_BLOCKING_DESCRIPTION =
  'This module is a blocking module for a non-blocking trigger.';
export const BLOCKING_IN_NON_BLOCKING_DETAILS =
  'The Blocking modules will be executed. However, it will not block the remaining of the execution';
