import { PhpTypeError } from './php-errors';
import { phpFloatToString } from './php-float';
import { phpStrcmp, phpToString, phpTrim } from './php-string';

/** PHP 8 `(string) $float` with the default precision=14 (checked against php 8.2). */
// prettier-ignore
export const floatToStringTable: readonly [number, string][] = [
  [0.1, '0.1'],
  [1.0, '1'],
  [-1.0, '-1'],
  [0.1 + 0.2, '0.3'],
  [1 / 3, '0.33333333333333'],
  [2 / 3, '0.66666666666667'],
  [1e20, '1.0E+20'],
  [1.5e20, '1.5E+20'],
  [1e15, '1.0E+15'],
  [1e14, '1.0E+14'],
  [99999999999999, '99999999999999'],
  [123456789012345, '1.2345678901234E+14'],
  [123456789012355, '1.2345678901236E+14'],
  [12345678901234.5, '12345678901234'],
  [0.0001, '0.0001'],
  [0.00001, '1.0E-5'],
  [0.000123, '0.000123'],
  [-0.00001234, '-1.234E-5'],
  [1e-10, '1.0E-10'],
  [3.14159265358979, '3.1415926535898'],
  [2.5, '2.5'],
  [100.0, '100'],
  [1e100, '1.0E+100'],
  [5e-324, '4.9406564584125E-324'],
  [1.7976931348623157e308, '1.7976931348623E+308'],
  [0, '0'],
  [-0, '-0'],
  [NaN, 'NAN'],
  [Infinity, 'INF'],
  [-Infinity, '-INF'],
  [0.5, '0.5'],
  [49.6117, '49.6117'],
  [0.0021, '0.0021'],
  [1234567.891, '1234567.891'],
  [2 ** 53 + 2, '9.007199254741E+15'],
];

describe('phpFloatToString (PHP 8 (string)$float, precision 14)', () => {
  it.each(floatToStringTable)('(string)%p is %p', (value, expected) => {
    expect(phpFloatToString(value)).toBe(expected);
  });

  it('honours another precision', () => {
    expect(phpFloatToString(0.1 + 0.2, 17)).toBe('0.30000000000000004');
    expect(phpFloatToString(1 / 3, 3)).toBe('0.333');
  });
});

describe('phpToString (PHP 8 (string))', () => {
  it.each([
    ['abc', 'abc'],
    [42, '42'],
    [-7, '-7'],
    [1.5, '1.5'],
    [1e20, '1.0E+20'],
    [true, '1'],
    [false, ''],
    [null, ''],
    [undefined, ''],
    [[1, 2], 'Array'],
    [{ a: 1 }, 'Array'],
  ] as const)('(string)%p is %p', (value, expected) => {
    expect(phpToString(value)).toBe(expected);
  });

  it('refuses objects that are not PHP arrays', () => {
    expect(() => phpToString(new Map())).toThrow(PhpTypeError);
  });
});

describe('phpTrim / phpStrcmp', () => {
  it.each([
    ['  a b  ', 'a b'],
    ['\t\n\r\0\x0Bx\x0B', 'x'],
    ['\u00a0x\u00a0', '\u00a0x\u00a0'],
    ['\fx', '\fx'],
  ])('trim(%p) is %p', (text, expected) => {
    expect(phpTrim(text)).toBe(expected);
  });

  it.each([
    ['a', 'b', -1],
    ['b', 'a', 1],
    ['a', 'a', 0],
    ['a', 'aa', -1],
    ['Z', 'a', -1],
    ['\uffff', '😀', -1],
    ['\ue000', '😀', -1],
    ['é', 'e', 1],
  ] as const)('strcmp(%p, %p) is %p', (a, b, expected) => {
    expect(phpStrcmp(a, b)).toBe(expected);
  });
});
