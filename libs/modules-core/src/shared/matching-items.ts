import type { ModuleContext } from '@misp-wf/sdk';
import { flattenedAttributes } from './roaming-records';

type FilterView = Pick<ModuleContext, 'filteredItems' | 'data'>;

/**
 * MISP's `$matchingItems` for the modules that act on the *whole roaming data* when the node has no saved
 * filter (tag_operation at event scope, the tag replacements, assign_country), and on the filter's items
 * otherwise. A filter with the empty selector keeps `{Event: …}` when the event matches, `[]` when not.
 *
 * The SDK hands modules `filteredItems` only, which is every flattened attribute when there is no filter:
 * seeing exactly those attribute objects means "no filter". The one ambiguous case is an event without
 * attributes whose filter matched nothing; it is read as "no filter" (decision 0013).
 */
export function itemsOrWholeData(ctx: FilterView): unknown {
  const data = ctx.data.get();
  return hasNoFilter(ctx.filteredItems, data) ? data : ctx.filteredItems;
}

/** True when `filteredItems` is the platform's no-filter answer: the data's own flattened attributes. */
export function hasNoFilter(filteredItems: unknown, data: unknown): boolean {
  if (!Array.isArray(filteredItems)) return false;
  const all = flattenedAttributes(data);
  return filteredItems.length === all.length && filteredItems.every((item, i) => item === all[i]);
}
