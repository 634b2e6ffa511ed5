import { evaluateCondition } from './evaluate-condition';

describe('evaluateCondition (spec §6.4, PHP 8 loose comparison)', () => {
  it.each([
    // in / not_in: data must be an array
    [['tlp:white', 'tlp:red'], 'in', 'tlp:red', true],
    [['1', '2'], 'in', 2, true],
    [[1, 2], 'in', '2.0', true],
    [['abc'], 'in', 0, false],
    ['tlp:red', 'in', 'tlp:red', false],
    [[], 'in', 'x', false],
    [['a'], 'not_in', 'b', true],
    [['a'], 'not_in', 'a', false],
    ['a', 'not_in', 'b', false],
    // equals / not_equals: data must be a scalar
    ['1', 'equals', 1, true],
    ['1.0', 'equals', '1', true],
    ['abc', 'equals', 0, false],
    [null, 'equals', '', true],
    [true, 'equals', 'yes', true],
    [false, 'equals', '0', true],
    [['1'], 'equals', '1', false],
    ['a', 'not_equals', 'b', true],
    ['10', 'not_equals', '1e1', false],
    [[], 'not_equals', 'x', false],
    // in_or / not_in_or
    [['tlp:red', 'x'], 'in_or', ['tlp:red', 'PAP:RED'], true],
    [['x'], 'in_or', ['tlp:red'], false],
    [[], 'in_or', ['tlp:red'], false],
    ['tlp:red', 'in_or', ['tlp:red'], false],
    [['tlp:red'], 'in_or', 'tlp:red', false],
    [['x'], 'not_in_or', ['tlp:red'], true],
    [['tlp:red'], 'not_in_or', ['tlp:red'], false],
    ['x', 'not_in_or', ['tlp:red'], false],
    // in_and: sorted, duplicates in data fail
    [['b', 'a', 'z'], 'in_and', ['a', 'b'], true],
    [['a'], 'in_and', ['a', 'b'], false],
    [['a', 'a', 'b'], 'in_and', ['a', 'b'], false],
    [['1', '2'], 'in_and', [2, 1], true],
    // not_in_and: unsorted comparison (order-sensitive quirk)
    [['a', 'b'], 'not_in_and', ['a', 'b'], false],
    [['b', 'a'], 'not_in_and', ['a', 'b'], true],
    [['a'], 'not_in_and', ['a', 'b'], true],
    // unknown and any_value
    [['a'], 'any_value', 'a', false],
    [['a'], 'contains', 'a', false],
  ])('%p %s %p → %p', (data, operator, value, expected) => {
    expect(evaluateCondition(data, operator, value)).toBe(expected);
  });

  it('treats a JSON object with numeric keys like a PHP array', () => {
    expect(evaluateCondition({ 0: 'a', 3: 'b' }, 'in', 'b')).toBe(true);
    expect(evaluateCondition({ 0: 'a', 3: 'b' }, 'in_or', ['b'])).toBe(true);
  });
});
