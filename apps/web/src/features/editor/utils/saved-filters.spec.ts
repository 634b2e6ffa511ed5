import { bareNode } from '../__fixtures__/graphs.fixture';
import { filtersEnabled, readFilters, validateFilters } from './saved-filters';

describe('saved filters', () => {
  it('reads the four values, "" when absent or stored as []', () => {
    const node = { ...bareNode(2, 'webhook', 'action', []), data: { id: 'webhook', module_type: 'action' as const, saved_filters: { selector: 'Event._AttributeFlattened.{n}' } } };
    expect(readFilters(node)).toEqual({ selector: 'Event._AttributeFlattened.{n}', value: '', operator: '', path: '' });
    expect(filtersEnabled(node)).toBe(true);
    expect(filtersEnabled({ ...node, data: { ...node.data, saved_filters: [] } })).toBe(false);
  });

  it.each([
    ['a selector without the rest', { selector: 'Event._AttributeFlattened.{n}', value: '', operator: 'in', path: 'Tag.{n}.name' }, { ok: false, message: 'Some fields cannot be empty' }],
    [
      'a complete filter (trimmed paths)',
      { selector: ' Event._AttributeFlattened.{n} ', value: 'tlp:white', operator: 'in', path: 'Tag.{n}.name' },
      { ok: true, filters: { selector: 'Event._AttributeFlattened.{n}', value: 'tlp:white', operator: 'in', path: 'Tag.{n}.name' } },
    ],
    ['only an operator: cleared', { selector: '', value: '', operator: 'equals', path: '' }, { ok: true, filters: { selector: '', value: '', operator: '', path: '' } }],
  ])('validates %s', (_name, input, expected) => {
    expect(validateFilters(input)).toEqual(expected);
  });
});
