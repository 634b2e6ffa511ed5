import { phpSort } from './php-sort';

/** PHP 8 `sort($a)` (default flags) results (checked against php 8.2). */
// prettier-ignore
export const sortTable: readonly [unknown[], unknown[]][] = [
  [['b', 'a', 'c'], ['a', 'b', 'c']],
  [['10', '9', '2', '1'], ['1', '2', '9', '10']],
  [['tlp:white', 'PAP:RED', 'tlp:green'], ['PAP:RED', 'tlp:green', 'tlp:white']],
  [[3, '2', 1.5, '10'], [1.5, '2', 3, '10']],
  [['b', 'B', 'a', 'A'], ['A', 'B', 'a', 'b']],
  [['1e1', '9', '11'], ['9', '1e1', '11']],
  [[true, false], [false, true]],
  [[], []],
  [['x'], ['x']],
  [[null, 'a', ''], [null, '', 'a']],
];

describe('phpSort (PHP 8 sort, SORT_REGULAR)', () => {
  it.each(sortTable)('sort(%p) is %p', (input, expected) => {
    expect(phpSort(input)).toEqual(expected);
  });

  it('ignores keys, returns a new list and leaves the input alone', () => {
    const input = Object.freeze({ x: 'b', y: 'a' });
    expect(phpSort(input)).toEqual(['a', 'b']);
    expect(input).toEqual({ x: 'b', y: 'a' });
  });

  it('is stable for equal values', () => {
    expect(phpSort(['1.0', '1', '01'])).toEqual(['1.0', '1', '01']);
  });
});
