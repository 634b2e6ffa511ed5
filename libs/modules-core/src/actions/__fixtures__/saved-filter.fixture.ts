import { extractData, itemsMatchingCondition } from '@misp-wf/engine';

export type SavedFilter = { selector: string; value: string; operator: string; path: string };

/** The `filteredItems` the platform computes for a node's saved filter (spec §6.2), keys preserved. */
export function filteredBy(data: Record<string, unknown>, filter: SavedFilter): unknown {
  const items = extractData(data, filter.selector);
  return items === false ? false : itemsMatchingCondition({ items, value: filter.value, operator: filter.operator, path: filter.path });
}

/** The filter of node 55 in the "Attach tlp:clear on tlp:white" blueprint, on another tag. */
export const attributesTagged = (tag: string): SavedFilter => ({ selector: 'Event._AttributeFlattened.{n}', value: tag, operator: 'in', path: 'Tag.{n}.name' });

/** The filter of node 56 in the same blueprint: the empty selector selects the event itself. */
export const eventTagged = (tag: string): SavedFilter => ({ selector: '', value: tag, operator: 'in', path: 'Tag.{n}.name' });
