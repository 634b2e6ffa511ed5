import type { ModuleContext } from '@misp-wf/sdk';

type FilterView = Pick<ModuleContext, 'filteredItems' | 'data'> & { node: Pick<ModuleContext['node'], 'filtersEnabled'> };

/**
 * MISP's `$matchingItems` for the modules that act on the *whole roaming data* when the node has no saved
 * filter (tag_operation at event scope, the tag replacements, assign_country), and on the filter's items
 * otherwise. A filter with the empty selector keeps `{Event: …}` when the event matches, `[]` when not.
 */
export function itemsOrWholeData(ctx: FilterView): unknown {
  return ctx.node.filtersEnabled ? ctx.filteredItems : ctx.data.get();
}
