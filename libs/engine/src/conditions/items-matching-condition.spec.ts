import { itemsMatchingCondition } from './items-matching-condition';

const attributes = [
  { id: '1', type: 'ip-dst', value: '1.1.1.1', Tag: [{ name: 'tlp:white' }] },
  { id: '2', type: 'domain', value: 'a.example', Tag: [] },
  { id: '3', type: 'ip-dst', value: '2.2.2.2', Tag: [{ name: 'tlp:white' }, { name: 'x' }] },
];

describe('itemsMatchingCondition (spec §6.5)', () => {
  it('keeps items whose sub-path matches, preserving their keys', () => {
    const kept = itemsMatchingCondition({ items: attributes, value: 'tlp:white', operator: 'in', path: 'Tag.{n}.name' });
    expect(kept).toEqual({ 0: attributes[0], 2: attributes[2] });
  });

  it('keeps gaps for equals on a scalar path, and gives a plain list when no key is missing', () => {
    const kept = itemsMatchingCondition({ items: attributes, value: 'ip-dst', operator: 'equals', path: 'type' });
    expect(kept).toEqual({ 0: attributes[0], 2: attributes[2] });
    const first = itemsMatchingCondition({ items: attributes, value: '1', operator: 'equals', path: 'id' });
    expect(first).toEqual([attributes[0]]);
  });

  it('uses the first extracted value for equals / not_equals', () => {
    const kept = itemsMatchingCondition({ items: attributes, value: 'tlp:white', operator: 'equals', path: 'Tag.{n}.name' });
    expect(Object.keys(kept)).toEqual(['0', '2']);
  });

  it('any_value keeps items with a non-empty sub-path', () => {
    const kept = itemsMatchingCondition({ items: attributes, value: '', operator: 'any_value', path: 'Tag.{n}.name' });
    expect(Object.keys(kept)).toEqual(['0', '2']);
  });

  it('an empty path tests the item itself', () => {
    const kept = itemsMatchingCondition({ items: ['a', 'b', 'a'], value: 'a', operator: 'equals', path: '' });
    expect(kept).toEqual({ 0: 'a', 2: 'a' });
  });

  it('returns [] for items that are not an array', () => {
    expect(itemsMatchingCondition({ items: 'x', value: 'x', operator: 'equals', path: '' })).toEqual([]);
    expect(itemsMatchingCondition({ items: false, value: 'x', operator: 'equals', path: '' })).toEqual([]);
  });
});
