import { isPhpArray, phpInArray, phpIsNumeric, phpLooseEquals, phpSort, phpValues, type PhpArray } from '../php';

/**
 * MISP's `evaluateCondition(data, operator, value)` with PHP 8 loose comparison (spec §6.4). Note the
 * asymmetries MISP workflows rely on: `in`/`not_in` need an array `data` (a scalar never matches, even for
 * `not_in`), `equals`/`not_equals` need a scalar, the `*_or`/`*_and` forms need two arrays.
 */
export function evaluateCondition(data: unknown, operator: string, value: unknown): boolean {
  switch (operator) {
    case 'in':
      return isPhpArray(data) && phpInArray(value, data);
    case 'not_in':
      return isPhpArray(data) && !phpInArray(value, data);
    case 'equals':
      return !isPhpArray(data) && phpLooseEquals(data, value);
    case 'not_equals':
      return !isPhpArray(data) && !phpLooseEquals(data, value);
    case 'in_or':
    case 'in_and':
    case 'not_in_or':
    case 'not_in_and':
      return isPhpArray(data) && isPhpArray(value) ? evaluateListCondition(data, operator, value) : false;
    default:
      return false; // includes `any_value`, which only filters and generic-if handle themselves
  }
}

function evaluateListCondition(data: PhpArray, operator: string, value: PhpArray): boolean {
  const isIn = looseMembership(value);
  switch (operator) {
    case 'in_or':
      return someValue(data, isIn);
    case 'not_in_or':
      return !someValue(data, isIn);
  }
  const matching = phpValues(data).filter(isIn);
  switch (operator) {
    case 'in_and':
      // Both sides sorted (PHP `sort`) and re-indexed, then loose array equality: duplicates in `data`
      // (the same tag on two attributes) make it fail, as in MISP.
      return phpLooseEquals(phpSort(matching), phpSort(value));
    case 'not_in_and':
      // MISP does not sort here, so this one is order-sensitive (quirk kept, spec §13.3 item 30).
      return !phpLooseEquals(matching, value);
    default:
      return false;
  }
}

/**
 * `in_array($item, $list)` as a predicate. Tag lists are non-numeric strings, and a string is loosely equal
 * to a non-numeric string only when identical, so those go through a Set; anything else (numbers, booleans,
 * numeric strings) takes PHP's full rules.
 */
function looseMembership(list: PhpArray): (item: unknown) => boolean {
  const members = phpValues(list);
  const plain = members.every((m) => typeof m === 'string' && !phpIsNumeric(m) && m.trim() === m);
  if (!plain) return (item) => phpInArray(item, list);
  const set = new Set(members);
  return (item) => (typeof item === 'string' && !phpIsNumeric(item) ? set.has(item) : phpInArray(item, list));
}

/** `array_values($data)` then a search, without the copy: the hot loop of IF :: Tag on large events. */
function someValue(data: PhpArray, predicate: (item: unknown) => boolean): boolean {
  if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) if (i in data && predicate(data[i])) return true;
    return false;
  }
  for (const key of Object.keys(data)) if (predicate((data as Record<string, unknown>)[key])) return true;
  return false;
}
