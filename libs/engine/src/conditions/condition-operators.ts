/** Operators of MISP's `evaluateCondition` (spec §6.4); any other string evaluates to false. */
export const CONDITION_OPERATORS = [
  'in',
  'not_in',
  'equals',
  'not_equals',
  'any_value',
  'in_or',
  'in_and',
  'not_in_or',
  'not_in_and',
] as const;

export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];
