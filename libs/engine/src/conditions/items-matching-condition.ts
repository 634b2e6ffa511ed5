import { isPhpArray, phpArrayFromEntries, phpEntries, phpEmpty, phpValues, type PhpArray, type PhpEntry } from '../php';
import { evaluateCondition } from './evaluate-condition';
import { extractData } from './extract-data';

/**
 * MISP's `getItemsMatchingCondition(items, value, operator, path)` (spec §6.5): keeps the items whose
 * sub-path satisfies the condition, **preserving their keys** (the result of a filtered list may have gaps
 * and serialise as a JSON object, as in MISP).
 */
export function itemsMatchingCondition(args: { items: unknown; value: unknown; operator: string; path: string }): PhpArray {
  const { items, value, operator, path } = args;
  if (!isPhpArray(items)) return [];
  const kept: PhpEntry[] = [];
  for (const entry of phpEntries(items)) {
    if (itemMatches(entry[1], value, operator, path)) kept.push(entry);
  }
  return phpArrayFromEntries(kept);
}

function itemMatches(item: unknown, value: unknown, operator: string, path: string): boolean {
  let sub = extractData(item, path);
  if ((operator === 'equals' || operator === 'not_equals') && isPhpArray(sub) && !phpEmpty(sub)) {
    sub = phpValues(sub)[0];
  }
  if (operator === 'any_value' && !phpEmpty(sub)) return true;
  return evaluateCondition(sub, operator, value);
}
