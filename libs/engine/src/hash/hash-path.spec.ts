import {
  matchToken,
  splitConditions,
  tokenizeBracketed,
  tokenizePath,
} from './hash-path';
import { parseConditions } from './hash-conditions';

describe('Hash path tokenising', () => {
  it.each([
    ['a.b.c', ['a', 'b', 'c']],
    ['a[x=1].b', ['a[x=1]', 'b']],
    ['{n}[ip=10.0.0.1].v', ['{n}[ip=10.0.0.1]', 'v']],
    ['{n}[v=/^a.b[.]c$/].x', ['{n}[v=/^a.b[.]c$/]', 'x']],
    [' a [x] . b ', ['a [x]', 'b']],
    ['a.', ['a', '']],
    ['.a[x]', ['', 'a[x]']],
    ['a]].b[c', ['a]].b[c']],
    ['0', []],
    ['', []],
  ])('tokenises %p with brackets as %p', (path, expected) => {
    expect(tokenizeBracketed(path)).toEqual(expected);
  });

  it('splits without trimming when there is no bracket', () => {
    expect(tokenizePath(' a . b ')).toEqual([' a ', ' b ']);
    expect(tokenizePath('a.b[c]')).toEqual(['a', 'b[c]']);
  });
});

describe('Hash path conditions and tokens', () => {
  it.each([
    ['Post', ['Post', null]],
    ['Post[id=1][x]', ['Post', '[id=1][x]']],
    ['[id]', ['', '[id]']],
  ] as const)('splits conditions of %p', (token, expected) => {
    expect(splitConditions(token)).toEqual(expected);
  });

  it.each([
    [0, '{n}', true],
    ['1.5', '{n}', true],
    ['abc', '{n}', false],
    ['abc', '{s}', true],
    [3, '{s}', false],
    ['05', '{s}', true],
    ['9223372036854775807', '{s}', false],
    ['x', '{*}', true],
    [1, '1', true],
    [1, '1.0', true],
    [1, '01', true],
    ['1.0', '1', true],
    ['abc', 'abc', true],
    ['Abc', 'abc', false],
    [1, 'x', false],
  ] as const)('key %p matches token %p: %p', (key, token, expected) => {
    expect(matchToken(key, token)).toBe(expected);
  });

  it('parses conditions like Hash::_matches', () => {
    expect(
      parseConditions('[id][a = 1][b!=x y][c>=2][d</x/i][e=/a]b/]'),
    ).toEqual([
      { attr: 'id', op: null, val: null },
      { attr: 'a', op: '=', val: '1' },
      { attr: 'b', op: '!=', val: 'x y' },
      { attr: 'c', op: '>=', val: '2' },
      // PHP quirk (same PCRE backtracking): after "/x/" the lazy "/.../" alternative keeps growing to
      // the next "/" followed by "]", so a regex with flags swallows a following regex condition.
      { attr: 'd', op: '<', val: '/x/i][e=/a]b/' },
    ]);
    expect(parseConditions('[e=/a]b/][f=1]')).toEqual([
      { attr: 'e', op: '=', val: '/a]b/' },
      { attr: 'f', op: '=', val: '1' },
    ]);
    expect(parseConditions('garbage')).toEqual([]);
  });
});
