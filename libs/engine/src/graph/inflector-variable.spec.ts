import { inflectorVariable } from './inflector-variable';

describe('inflectorVariable (CakePHP 2 Inflector::variable)', () => {
  it.each([
    ['A', 'a'],
    ['F', 'f'],
    ['all', 'all'],
    ['my label', 'myLabel'],
    ['my_label', 'myLabel'],
    ['filterB', 'filterB'],
    ['ABC', 'aBC'],
    ['', ''],
    ['-x', '--'],
  ])('%j → %j', (input, expected) => {
    expect(inflectorVariable(input)).toBe(expected);
  });
});
