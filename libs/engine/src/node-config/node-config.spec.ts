import type { WalkGraph, WalkNode } from '../run/run.types';
import { action, buildGraph } from '../run/__fixtures__/graph-builder';
import { paramsWithValues } from './params-with-values';
import { filtersEnabled, matchingItemsForAttributes, savedFilters } from './saved-filters';

function nodeWith(params: Record<string, unknown> | undefined, saved?: Record<string, unknown>): WalkNode {
  const graph: WalkGraph = buildGraph([action(5, 'tag_operation', params)], []);
  const node = graph['5'] as WalkNode;
  return saved ? { ...node, data: { ...node.data, saved_filters: saved } } : node;
}

const data = {
  Event: {
    _AttributeFlattened: [
      { id: '1', type: 'ip-dst', Tag: [{ name: 'tlp:white' }] },
      { id: '2', type: 'domain', Tag: [{ name: 'tlp:red' }] },
    ],
  },
};

describe('saved filters (spec §6.2)', () => {
  it('reads the four values, "" when unset or null', () => {
    expect(savedFilters(nodeWith(undefined, { selector: 'Event._AttributeFlattened.{n}', value: null }))).toEqual({
      selector: 'Event._AttributeFlattened.{n}',
      value: '',
      operator: '',
      path: '',
    });
  });

  it.each([
    [{ selector: '', value: '', operator: '', path: '' }, false],
    [{ selector: '', value: '0', operator: '', path: '' }, true],
    [{ operator: 'in' }, true],
  ])('filtersEnabled(%p) = %p', (saved, expected) => {
    expect(filtersEnabled(nodeWith(undefined, saved))).toBe(expected);
  });

  it('without filters an attribute action works on every flattened attribute', () => {
    expect(matchingItemsForAttributes(nodeWith(undefined), data)).toEqual(data.Event._AttributeFlattened);
  });

  it('with a filter it works on the matching items, keys preserved', () => {
    const node = nodeWith(undefined, { selector: 'Event._AttributeFlattened.{n}', value: 'tlp:red', operator: 'in', path: 'Tag.{n}.name' });
    expect(matchingItemsForAttributes(node, data)).toEqual({ 1: data.Event._AttributeFlattened[1] });
  });
});

describe('paramsWithValues (spec §6.3)', () => {
  const declared = [
    { id: 'message', default: 'Execution stopped', jinja_supported: true },
    { id: 'tags', default: [] },
    { id: 'empty', default: 'x' },
  ];
  const render = (template: string, ctx: unknown) => template.replace('{{ id }}', String((ctx as { id: string }).id));

  it('uses node values, defaults for null/missing, keeps "" and ignores undeclared params', () => {
    const out = paramsWithValues({ node: nodeWith({ message: null, empty: '', extra: 1 }), params: declared, data: {} });
    expect(out['message'].value).toBe('Execution stopped');
    expect(out['tags'].value).toEqual([]);
    expect(out['empty'].value).toBe('');
    expect(out).not.toHaveProperty('extra');
  });

  it('renders Jinja on a non-empty node value only', () => {
    expect(paramsWithValues({ node: nodeWith({ message: 'event {{ id }}' }), params: declared, data: { id: '7' }, render })['message'].value).toBe('event 7');
    expect(paramsWithValues({ node: nodeWith({}), params: [{ id: 'm', default: '{{ id }}', jinja_supported: true }], data: { id: '7' }, render })['m'].value).toBe('{{ id }}');
  });
});
