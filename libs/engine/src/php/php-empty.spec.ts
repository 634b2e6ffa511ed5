import { phpEmpty, phpToBool } from './php-empty';

/** PHP `empty()` results (checked against php 8.2). */
// prettier-ignore
export const emptyTable: readonly [unknown, boolean][] = [
  [null, true],
  [undefined, true],
  [false, true],
  [true, false],
  [0, true],
  [-0, true],
  [0.0, true],
  [1, false],
  [-1, false],
  [NaN, false],
  ['', true],
  ['0', true],
  ['0.0', false],
  ['00', false],
  [' ', false],
  ['false', false],
  ['a', false],
  [[], true],
  [{}, true],
  [[0], false],
  [{ a: null }, false],
];

describe('phpEmpty / phpToBool', () => {
  it.each(emptyTable)('empty(%p) is %p', (value, expected) => {
    expect(phpEmpty(value)).toBe(expected);
    expect(phpToBool(value)).toBe(!expected);
  });
});
