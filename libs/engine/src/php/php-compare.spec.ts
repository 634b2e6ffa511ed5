import {
  phpCompare,
  phpGreaterOrEqual,
  phpGreaterThan,
  phpIdentical,
  phpInArray,
  phpLessOrEqual,
  phpLessThan,
  phpLooseEquals,
  phpLooseNotEquals,
} from './php-compare';
import { PhpTypeError } from './php-errors';

/** PHP 8 `$a == $b` results (checked against php 8.2). */
// prettier-ignore
export const looseEqualityTable: readonly [unknown, unknown, boolean][] = [
  // numeric strings vs numbers
  ['1', 1, true],
  ['1.0', 1, true],
  ['01', 1, true],
  [' 1', 1, true],
  ['1 ', 1, true],
  ['1e0', 1, true],
  ['+1', 1, true],
  ['0x1A', 26, false],
  ['1abc', 1, false],
  ['abc', 0, false],
  ['', 0, false],
  ['0', 0, true],
  ['0.0', 0, true],
  ['-0', 0, true],
  [1.5, '1.5', true],
  [1.5, '1.50', true],
  [0.1 + 0.2, '0.3', false],
  [100, '1e2', true],
  [-3, '-3.0', true],
  // numeric strings vs numeric strings
  ['10', '1e1', true],
  ['100', '1e2', true],
  ['1', '01', true],
  ['1', '1.0', true],
  [' 1', '1', true],
  ['abc', 'ABC', false],
  ['abc', 'abc', true],
  ['1e3', '1000', true],
  ['9223372036854775807', '9223372036854775808', false],
  ['9007199254740993', '9007199254740992', false],
  ['1e1000', '1e1000', true],
  ['1e1000', '2e1000', false],
  ['0.1', '.1', true],
  ['1.', '1', true],
  // int vs non-numeric string compares as strings
  [0, 'a', false],
  [1, '1a', false],
  [12, '12 apples', false],
  // null
  [null, '', true],
  [null, '0', false],
  [null, 0, true],
  [null, 0.0, true],
  [null, false, true],
  [null, [], true],
  [null, [0], false],
  [null, 'a', false],
  [null, null, true],
  // bool
  [true, 'x', true],
  [true, '0', false],
  [false, '0', true],
  [false, '', true],
  [false, '0.0', false],
  [false, [], true],
  [true, [1], true],
  [true, 2, true],
  [false, 0.0, true],
  [true, null, false],
  [true, 'false', true],
  // arrays
  [[], [], true],
  [[1, 2], ['1', '2'], true],
  [[1, 2], [2, 1], false],
  [{ a: 1, b: 2 }, { b: 2, a: 1 }, true],
  [{ a: 1 }, { b: 1 }, false],
  [['a'], { 0: 'a' }, true],
  [[1], 1, false],
  [[], 0, false],
  [[], '', false],
  [['x'], 'Array', false],
  [{ a: [1, 2] }, { a: ['1', '2.0'] }, true],
  // floats
  [NaN, NaN, false],
  [0.1 + 0.2, 0.3, false],
  [1e20, '1.0E+20', true],
  [Infinity, 'INF', true],
  [-0, 0, true],
];

/** PHP 8 `$a <=> $b` results (checked against php 8.2). */
// prettier-ignore
export const spaceshipTable: readonly [unknown, unknown, -1 | 0 | 1][] = [
  ['abc', 'abd', -1],
  ['b', 'a', 1],
  ['a', 'ab', -1],
  ['10', '9', 1],
  ['10', '9a', -1],
  ['9a', '10', 1],
  ['Z', 'a', -1],
  ['é', 'z', 1],
  ['😀', '\uffff', 1],
  [2, '10', -1],
  ['2', 10, -1],
  [5, 'a', -1],
  ['a', 5, 1],
  [10, '9a', -1],
  [1.5, 'abc', -1],
  [null, 'a', -1],
  ['a', null, 1],
  [null, -1, -1],
  [null, 1, -1],
  [false, true, -1],
  [true, false, 1],
  [[1, 2, 3], [1, 2], 1],
  [[1, 2], [1, 3], -1],
  [[5], 100, 1],
  [100, [5], -1],
  [[], 'a', 1],
  [{ a: 1 }, { b: 1 }, 1],
  [{ b: 1 }, { a: 1 }, 1],
  [NaN, 1, 1],
  [1, NaN, 1],
  [NaN, 'x', 1],
  ['x', NaN, 1],
  [-Infinity, '-1e999', 0],
  ['1e999', '1e998', 1],
  [0.5, '.5', 0],
];

/** `[a, b, a < b, a <= b, a > b, a >= b]` in PHP 8 (checked against php 8.2). */
// prettier-ignore
export const orderingTable: readonly [unknown, unknown, boolean, boolean, boolean, boolean][] = [
  ['12', 50, true, true, false, false],
  ['12', '50', true, true, false, false],
  ['abc', '50', false, false, true, true],
  ['abc', 50, false, false, true, true],
  ['0.0021', '1', true, true, false, false],
  [50, '50', false, true, false, true],
  ['5000', '50', false, false, true, true],
  [null, '0', true, true, false, false],
  [{ a: 1 }, { b: 1 }, false, false, false, false],
  [NaN, 1, false, false, false, false],
  [true, '0', false, false, true, true],
  ['2024-05-02', '2024-05-10', true, true, false, false],
  ['1714640100', 1714640099, false, false, true, true],
];

describe('phpLooseEquals (PHP 8 ==)', () => {
  it.each(looseEqualityTable)('%p == %p is %p', (a, b, expected) => {
    expect(phpLooseEquals(a, b)).toBe(expected);
    expect(phpLooseEquals(b, a)).toBe(expected);
    expect(phpLooseNotEquals(a, b)).toBe(!expected);
  });
});

describe('phpCompare (PHP 8 <=>)', () => {
  it.each(spaceshipTable)('%p <=> %p is %p', (a, b, expected) => {
    expect(phpCompare(a, b)).toBe(expected);
  });
});

describe('PHP 8 < <= > >=', () => {
  it.each(orderingTable)('%p vs %p', (a, b, lt, le, gt, ge) => {
    expect([
      phpLessThan(a, b),
      phpLessOrEqual(a, b),
      phpGreaterThan(a, b),
      phpGreaterOrEqual(a, b),
    ]).toEqual([lt, le, gt, ge]);
  });
});

describe('phpInArray / phpIdentical', () => {
  it.each([
    ['1', [1, 2], true],
    ['abc', [0], false],
    [0, ['a', 'b'], false],
    [null, [''], true],
    ['tlp:white', { 3: 'tlp:green', 7: 'tlp:white' }, true],
    ['x', [], false],
  ] as const)('in_array(%p, %p) is %p', (needle, haystack, expected) => {
    expect(phpInArray(needle, haystack)).toBe(expected);
  });

  it.each([
    [1, 1, true],
    [1, '1', false],
    [1, 1.5, false],
    [null, undefined, true],
    [null, false, false],
    ['a', 'a', true],
    [[1, 2], [1, 2], true],
    [{ a: 1, b: 2 }, { b: 2, a: 1 }, false],
    [[1], ['1'], false],
    [NaN, NaN, false],
  ] as const)('%p === %p is %p', (a, b, expected) => {
    expect(phpIdentical(a, b)).toBe(expected);
  });

  it('rejects values that are not JSON-like', () => {
    expect(() => phpCompare(new Date(0), 1)).toThrow(PhpTypeError);
  });
});
