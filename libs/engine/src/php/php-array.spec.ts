import {
  isPhpArray,
  isPhpIntKey,
  phpArrayFromEntries,
  phpArrayGet,
  phpArrayHasKey,
  phpArrayMerge,
  phpArraySet,
  phpArrayUnset,
  phpCastArray,
  phpCount,
  phpEntries,
  phpIsset,
  phpNormalizeKey,
  phpOffsetKey,
  phpTypeName,
} from './php-array';
import { PhpTypeError } from './php-errors';

describe('PHP array helpers', () => {
  it.each([
    [[], true],
    [{}, true],
    [Object.create(null), true],
    ['a', false],
    [null, false],
    [new Date(0), false],
    [new Map(), false],
    [new (class Row {})(), false],
  ])('is_array(%p) is %p', (value, expected) => {
    expect(isPhpArray(value)).toBe(expected);
  });

  it('accepts plain objects from another realm', () => {
    const foreign = Object.create(
      Object.create(null, {
        marker: { value: 'other realm Object.prototype' },
      }),
    ) as object;
    expect(isPhpArray(foreign)).toBe(true);
  });

  it.each([
    ['5', 5],
    ['-3', -3],
    ['0', 0],
    ['05', '05'],
    ['5.0', '5.0'],
    [' 5', ' 5'],
    ['+5', '+5'],
    ['-0', '-0'],
    ['9223372036854775807', '9223372036854775807'],
    ['abc', 'abc'],
  ] as const)('normalises key %p to %p', (key, expected) => {
    expect(phpNormalizeKey(key)).toBe(expected);
  });
});

describe('PHP array keys', () => {
  it('knows int keys beyond 2^53 and the int64 limit', () => {
    expect(isPhpIntKey('9223372036854775807')).toBe(true);
    expect(isPhpIntKey('9223372036854775808')).toBe(false);
    expect(isPhpIntKey('-9223372036854775808')).toBe(true);
  });

  it('iterates lists and maps with normalised keys', () => {
    expect(phpEntries(['a', 'b'])).toEqual([
      [0, 'a'],
      [1, 'b'],
    ]);
    expect(phpEntries({ x: 1, 2: 'y' })).toEqual([
      [2, 'y'],
      ['x', 1],
    ]);
    expect(phpCount({ a: 1, b: 2 })).toBe(2);
  });

  it('reads keys like PHP and never reaches JS internals', () => {
    const list = ['a', null];
    expect(phpArrayGet(list, '0')).toBe('a');
    expect(phpArrayGet(list, 'length')).toBeUndefined();
    expect(phpArrayHasKey(list, 1)).toBe(true);
    expect(phpIsset(list, 1)).toBe(false);
    expect(phpArrayGet({}, 'constructor')).toBeUndefined();
    expect(phpArrayGet({}, 'toString')).toBeUndefined();
  });
});

describe('PHP array updates', () => {
  it('sets values without mutating, keeping lists as lists when possible', () => {
    const list = Object.freeze(['a', 'b']);
    expect(phpArraySet(list, 1, 'B')).toEqual(['a', 'B']);
    expect(phpArraySet(list, '2', 'c')).toEqual(['a', 'b', 'c']);
    expect(phpArraySet(list, 5, 'x')).toEqual({ 0: 'a', 1: 'b', 5: 'x' });
    expect(phpArraySet(list, 'k', 'v')).toEqual({ 0: 'a', 1: 'b', k: 'v' });
    const withProto = phpArraySet({}, '__proto__', 'x');
    expect(Object.getPrototypeOf(withProto)).toBe(Object.prototype);
    expect(Object.keys(withProto)).toEqual(['__proto__']);
  });

  it('unsets without re-indexing', () => {
    const list = Object.freeze(['a', 'b', 'c']);
    expect(phpArrayUnset(list, 2)).toEqual(['a', 'b']);
    expect(phpArrayUnset(list, 1)).toEqual({ 0: 'a', 2: 'c' });
    expect(phpArrayUnset(list, 9)).toBe(list);
    expect(phpArrayUnset({ a: 1, b: 2 }, 'a')).toEqual({ b: 2 });
  });

  it('builds lists only from keys 0..n-1', () => {
    expect(
      phpArrayFromEntries([
        [0, 'a'],
        [1, 'b'],
      ]),
    ).toEqual(['a', 'b']);
    expect(
      phpArrayFromEntries([
        [1, 'b'],
        [0, 'a'],
      ]),
    ).toEqual({ 0: 'a', 1: 'b' });
    expect(
      phpArrayFromEntries([
        ['x', 1],
        ['x', 2],
      ]),
    ).toEqual({ x: 2 });
  });
});

describe('PHP array merge, cast and offsets', () => {
  it('merges like array_merge and casts like (array)', () => {
    expect(phpArrayMerge({ 5: 'a', k: 1 }, { k: 2, 9: 'b' })).toEqual({
      0: 'a',
      k: 2,
      1: 'b',
    });
    expect(phpArrayMerge(['a'], ['b'])).toEqual(['a', 'b']);
    expect(phpCastArray(null)).toEqual([]);
    expect(phpCastArray('x')).toEqual(['x']);
    expect(phpCastArray(false)).toEqual([false]);
  });

  it.each([
    [1.9, 1],
    [-1.9, -1],
    [true, 1],
    [false, 0],
    [null, ''],
    ['07', '07'],
    ['7', 7],
    [NaN, 0],
  ] as const)('uses %p as offset %p', (value, expected) => {
    expect(phpOffsetKey(value)).toBe(expected);
  });

  it('rejects arrays as offsets and names PHP types', () => {
    expect(() => phpOffsetKey([1])).toThrow(PhpTypeError);
    expect([null, true, 1, 1.5, 's', [], {}].map(phpTypeName)).toEqual([
      'null',
      'bool',
      'int',
      'float',
      'string',
      'array',
      'array',
    ]);
  });
});
