import {
  phpIsNumeric,
  phpNumberFromJs,
  phpParseNumericString,
} from './php-is-numeric';

/** PHP 8 `is_numeric()` results (checked against php 8.2). */
// prettier-ignore
export const isNumericTable: readonly [unknown, boolean][] = [
  ['0', true],
  ['42', true],
  ['-42', true],
  ['+42', true],
  ['4.2', true],
  ['.5', true],
  ['5.', true],
  ['-.5', true],
  ['1e10', true],
  ['1E-10', true],
  ['1e+3', true],
  [' 42', true],
  ['\t\n42', true],
  ['42 ', true],
  ['42\n', true],
  [' 42 ', true],
  ['007', true],
  ['0x1A', false],
  ['0b101', false],
  ['1_000', false],
  ['1,5', false],
  ['', false],
  [' ', false],
  ['.', false],
  ['-', false],
  ['e5', false],
  ['1e', false],
  ['1e5.5', false],
  ['--1', false],
  ['4 2', false],
  ['42abc', false],
  ['abc', false],
  ['INF', false],
  ['NAN', false],
  ['\u00a042', false],
  [42, true],
  [4.2, true],
  [NaN, true],
  [Infinity, true],
  [null, false],
  [true, false],
  [false, false],
  [[], false],
  [['1'], false],
];

describe('phpIsNumeric (PHP 8 is_numeric)', () => {
  it.each(isNumericTable)('is_numeric(%p) is %p', (value, expected) => {
    expect(phpIsNumeric(value)).toBe(expected);
  });
});

describe('phpParseNumericString', () => {
  it.each([
    ['42', { kind: 'int', value: BigInt(42) }],
    [' -007 ', { kind: 'int', value: BigInt(-7) }],
    [
      '9223372036854775807',
      { kind: 'int', value: BigInt('9223372036854775807') },
    ],
    ['9223372036854775808', { kind: 'float', value: 2 ** 63, overflow: 1 }],
    [
      '-9223372036854775809',
      { kind: 'float', value: -(2 ** 63), overflow: -1 },
    ],
    ['1.5', { kind: 'float', value: 1.5, overflow: 0 }],
    ['1e3', { kind: 'float', value: 1000, overflow: 0 }],
    ['abc', null],
  ] as const)('%p', (text, expected) => {
    expect(phpParseNumericString(text)).toEqual(expected);
  });

  it('classifies JS numbers as PHP int (safe integers) or float', () => {
    expect(phpNumberFromJs(3)).toEqual({ kind: 'int', value: BigInt(3) });
    expect(phpNumberFromJs(3.5)).toEqual({
      kind: 'float',
      value: 3.5,
      overflow: 0,
    });
    expect(phpNumberFromJs(2 ** 60)).toEqual({
      kind: 'float',
      value: 2 ** 60,
      overflow: 0,
    });
  });
});
