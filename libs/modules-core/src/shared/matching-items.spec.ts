import { applyFilters, matchingItemsForAttributes, type GraphNode } from '@misp-wf/engine';
import { coreFormatEvent } from '../actions/__fixtures__/misp-event.fixture';
import { attributesTagged, eventTagged, type SavedFilter } from '../actions/__fixtures__/saved-filter.fixture';
import { itemsOrWholeData } from './matching-items';

/** What the platform hands a module as `filteredItems` (the engine adapter's computation). */
function platformItems(data: Record<string, unknown>, filter?: SavedFilter): unknown {
  const node: GraphNode = { id: 5, data: { id: 'tag_operation', module_type: 'action', saved_filters: filter ?? [] }, inputs: [], outputs: [] };
  return matchingItemsForAttributes(node, data);
}

const view = (data: Record<string, unknown>, filter?: SavedFilter) =>
  itemsOrWholeData({ data: { get: () => data, set: () => undefined }, filteredItems: platformItems(data, filter), node: { filtersEnabled: filter !== undefined } });

describe('itemsOrWholeData', () => {
  it('is the whole data when the node has no filter', () => {
    const data = coreFormatEvent();
    expect(view(data)).toBe(data);
  });

  it('is the whole (filtered) data under a roaming filter, when the node has none', () => {
    const stored = { ...coreFormatEvent(), enabledFilters: { A: { selector: 'Event._AttributeFlattened.{n}', path: 'type', operator: 'equals', value: 'md5', value_list: [] } } };
    const current = applyFilters(stored);
    expect(current).not.toBe(stored);
    expect(view(current)).toBe(current);
  });

  it('is the event alone when an empty-selector filter keeps it, nothing when it drops it', () => {
    const data = coreFormatEvent();
    expect(view(data, eventTagged('tlp:amber'))).toEqual({ Event: data['Event'] });
    expect(view(data, eventTagged('tlp:white'))).toEqual([]);
  });

  it('is the filtered attributes, keys preserved, under an attribute filter', () => {
    const data = coreFormatEvent();
    expect(view(data, attributesTagged('pap:red'))).toEqual({ 3: expect.objectContaining({ id: '104' }) });
  });

  it('tells "no filter" from a filter that matched nothing on an event without attributes', () => {
    const data = { Event: { id: '1', uuid: 'x', Tag: [{ name: 'a' }], Attribute: [], Object: [], _AttributeFlattened: [] } };
    expect(view(data)).toBe(data);
    expect(view(data, eventTagged('b'))).toEqual([]);
  });

  it('keeps an attribute filter that selects every attribute as a filter', () => {
    const data = coreFormatEvent();
    const all = view(data, { selector: 'Event._AttributeFlattened.{n}', value: '', operator: 'not_equals', path: 'value' });
    expect(all).not.toBe(data);
    expect(Array.isArray(all) || typeof all === 'object').toBe(true);
  });
});
