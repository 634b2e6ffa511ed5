import { PhpTypeError, PregReDoSError } from '../php';
import { Hash } from './hash';

export type ExtractCase = {
  readonly name: string;
  readonly data: unknown;
  readonly path: string | number | null;
  readonly expected: unknown;
};

/** Posts with authors, comments and labels (the shape of a CakePHP find('all') result). */
export const posts = [
  {
    Post: {
      id: '1',
      author_id: '1',
      title: 'First post',
      body: 'First post body',
    },
    Author: { id: '1', user: 'mariana', password: 'x1' },
    Comment: [
      { id: '1', post_id: '1', author_id: '2', comment: 'First comment' },
      { id: '2', post_id: '1', author_id: '4', comment: 'Second comment' },
    ],
    Label: [
      { id: '1', label: 'news' },
      { id: '2', label: 'tech' },
    ],
    Deep: { Nesting: { test: { 1: 'foo', 2: { and: { more: 'stuff' } } } } },
  },
  {
    Post: {
      id: '2',
      author_id: '1',
      title: 'Second post',
      body: 'Second post body',
      published: 'Y',
    },
    Author: { id: '2', user: 'mariana', password: 'x2' },
    Comment: [],
    Label: [],
  },
  {
    Post: {
      id: '3',
      author_id: '1',
      title: 'Third post',
      body: 'Third post body',
    },
    Author: { id: '3', user: 'mariana', password: 'x3' },
    Comment: [],
    Label: [],
  },
  {
    Post: {
      id: '4',
      author_id: '1',
      title: 'Fourth post',
      body: 'Fourth post body',
    },
    Author: { id: '4', user: 'mariana', password: 'x4' },
    Comment: [],
    Label: [],
  },
  {
    Post: {
      id: '5',
      author_id: '1',
      title: 'Fifth post',
      body: 'Fifth post body',
    },
    Author: { id: '5', user: 'mariana', password: 'x5' },
    Comment: [],
    Label: [],
  },
];

// prettier-ignore
const people = [
  { id: 2, username: 'jdoe', active: true },
  { id: 5, username: 'kim', active: true },
  { id: 9, username: 'sam', active: false },
];

// prettier-ignore
const values = [
  { v: 'abc' },
  { v: 'abc\n' },
  { v: 12 },
  { v: 1.5 },
  { v: 1e20 },
  { v: null },
  { v: true },
  { v: 'Café' },
  { v: '' },
  { v: '0' },
];

// prettier-ignore
export const extractCases: readonly ExtractCase[] = [
  // simple paths go through get(): (array) of the value
  { name: 'empty path returns the data', data: [{ a: 1 }], path: '', expected: [{ a: 1 }] },
  { name: 'path "0" is PHP-empty and returns the data', data: { 0: 'x', a: 'y' }, path: '0', expected: { 0: 'x', a: 'y' } },
  { name: 'null path returns the data', data: { a: 1 }, path: null, expected: { a: 1 } },
  { name: 'simple path to a scalar', data: posts, path: '0.Post.title', expected: ['First post'] },
  { name: 'simple path on the second row', data: posts, path: '1.Post.title', expected: ['Second post'] },
  { name: 'simple path to a missing row', data: posts, path: '9.Post.title', expected: [] },
  { name: 'simple path to an array returns the array itself', data: posts, path: '0.Comment.1', expected: posts[0].Comment[1] },
  { name: 'simple path to a list', data: posts, path: '0.Label', expected: posts[0].Label },
  { name: 'simple path to an empty list', data: posts, path: '1.Label', expected: [] },
  { name: 'simple path: null value counts as missing', data: { a: null }, path: 'a', expected: [] },
  { name: 'simple path: false is set', data: { a: false }, path: 'a', expected: [false] },
  { name: 'simple path: numeric key as number', data: ['x', 'y'], path: 1, expected: ['y'] },
  { name: 'simple path: keys are not trimmed', data: { a: { b: 1 } }, path: 'a. b', expected: [] },
  // {n}, {s}, {*}
  { name: '{n} over rows', data: posts, path: '{n}.Post.title', expected: ['First post', 'Second post', 'Third post', 'Fourth post', 'Fifth post'] },
  { name: '{n} inside a row', data: posts, path: '0.Comment.{n}.author_id', expected: ['2', '4'] },
  { name: '{n} skips string keys', data: { User: { 0: { name: 'Neo' }, 1: { name: 'Trinity' }, key: { name: 'Fail' } } }, path: 'User.{n}.name', expected: ['Neo', 'Trinity'] },
  { name: '{n} on non-zero based keys', data: { 1: { U: { n: 'a' } }, 2: { U: { n: 'b' } }, 3: { U: { n: 'c' } } }, path: '{n}.U.n', expected: ['a', 'b', 'c'] },
  { name: '{n} matches numeric string keys', data: { '1.5': 'a', ' 2': 'b', '0x1': 'c', '1e3': 'd' }, path: '{n}', expected: ['a', 'b', 'd'] },
  { name: '{s} matches string keys', data: posts, path: '{n}.{s}.user', expected: ['mariana', 'mariana', 'mariana', 'mariana', 'mariana'] },
  { name: '{s} then a numeric key', data: posts, path: '{n}.{s}.Nesting.test.1', expected: ['foo'] },
  { name: '{s} also matches non-canonical numeric keys', data: { 5: 'int', '05': 'zero', '1.5': 'float', k: 'str' }, path: '{s}', expected: ['zero', 'float', 'str'] },
  { name: '{s} on a list matches nothing', data: ['a', 'b'], path: '{s}', expected: [] },
  { name: '{*} matches every key', data: { '0200A': { name: 'alnum' }, 123: { name: 'num' }, stuff: { name: 'word' } }, path: '{*}.name', expected: ['num', 'alnum', 'word'] },
  { name: 'numeric token compares keys loosely', data: { a: { '1.0': 'loose' } }, path: '{s}.1', expected: ['loose'] },
  { name: 'numeric token on int keys', data: [['a', 'b'], ['c', 'd']], path: '{n}.1', expected: ['b', 'd'] },
  { name: 'non-numeric token compares strictly', data: [{ '01': 'x', 1: 'y' }], path: '{n}.01', expected: ['y', 'x'] },
  { name: 'a scalar in the context acts as [0 => scalar]', data: { a: 'x' }, path: 'a.{n}', expected: ['x'] },
  { name: 'a scalar with a string token gives nothing', data: [false], path: '{n}.Something.another', expected: [] },
  { name: 'null in the context gives nothing', data: [null, { a: 1 }], path: '{n}.a', expected: [1] },
  { name: 'no match gives []', data: posts, path: '{n}.Nothing.{n}', expected: [] },
  { name: 'tokens are not trimmed without brackets', data: [{ name: 'a' }], path: '{n}. name', expected: [] },
  { name: 'tokens are trimmed with brackets', data: [{ name: 'a', id: 1 }], path: '{n}[id]. name', expected: ['a'] },
  { name: 'uneven levels: simple path to a list', data: { L1: { L2: ['t1', 't2'], L2b: ['t3', 't4'] } }, path: 'L1.L2b', expected: ['t3', 't4'] },
  { name: 'uneven levels: list of lists', data: { L1: { L2b: [['t3', 't4'], ['t5', 't6']] } }, path: 'L1.L2b', expected: [['t3', 't4'], ['t5', 't6']] },
  // conditions
  { name: 'presence', data: posts, path: '{n}.Post[published]', expected: [posts[1].Post] },
  { name: 'several presence tests', data: posts, path: '{n}.Post[id][published]', expected: [posts[1].Post] },
  { name: 'presence fails on null', data: [{ a: null }, { a: 0 }, { a: false }, { a: '' }], path: '{n}[a]', expected: [{ a: 0 }, { a: false }, { a: '' }] },
  { name: 'equality', data: posts, path: '{n}.Post[id=3]', expected: [posts[2].Post] },
  { name: 'whitespace around the operator', data: posts, path: '{n}.Post[id = 3]', expected: [posts[2].Post] },
  { name: 'inequality', data: posts, path: '{n}.Post[id!=3].id', expected: ['1', '2', '4', '5'] },
  { name: 'greater than', data: posts, path: '{n}.Comment.{n}[author_id > 2]', expected: [posts[0].Comment[1]] },
  { name: 'greater or equal', data: posts, path: '{n}.Comment.{n}[author_id >= 4]', expected: [posts[0].Comment[1]] },
  { name: 'less than', data: posts, path: '{n}.Comment.{n}[author_id < 3]', expected: [posts[0].Comment[0]] },
  { name: 'less or equal', data: posts, path: '{n}.Comment.{n}[author_id <= 2]', expected: [posts[0].Comment[0]] },
  { name: 'AND of conditions (none)', data: posts, path: '{n}.Comment.{n}[author_id > 2][id=1]', expected: [] },
  { name: 'AND of conditions (one)', data: posts, path: '{n}.Comment.{n}[author_id > 2][id=2]', expected: [posts[0].Comment[1]] },
  { name: 'condition then more tokens', data: posts, path: '{n}.Post[id>3].title', expected: ['Fourth post', 'Fifth post'] },
  { name: 'condition on a scalar value drops it', data: { E: { id: 1, d: 'v' } }, path: 'E[id=1].d', expected: ['v'] },
  { name: 'condition on false drops it', data: { E: false }, path: 'E[id=1].d', expected: [] },
  { name: 'missing attribute fails every operator', data: [{ a: 1 }], path: '{n}[b!=1]', expected: [] },
  { name: 'null attribute compares as null', data: [{ a: null }, { a: 'x' }], path: '{n}[a!=x]', expected: [{ a: null }] },
  { name: 'booleans compare as "0" against numbers', data: people, path: '{n}[active=0].username', expected: ['sam'] },
  { name: 'booleans compare as "false" against words', data: people, path: '{n}[active=false].username', expected: ['sam'] },
  { name: 'booleans compare as "1"', data: people, path: '{n}[active=1].username', expected: ['jdoe', 'kim'] },
  { name: 'booleans compare as "true"', data: people, path: '{n}[active=true].username', expected: ['jdoe', 'kim'] },
  { name: 'int attribute against a numeric literal', data: people, path: '{n}[id>4].username', expected: ['kim', 'sam'] },
  { name: 'numeric strings compare numerically', data: [{ p: '12' }, { p: '120' }, { p: '9' }], path: '{n}[p<50].p', expected: ['12', '9'] },
  { name: 'non-numeric strings compare as strings', data: [{ p: 'abc' }, { p: '40' }], path: '{n}[p<50].p', expected: ['40'] },
  { name: 'float strings', data: [{ r: '0.0021' }, { r: '1.5' }], path: '{n}[r<=1].r', expected: ['0.0021'] },
  { name: 'value "0"', data: [{ a: 0 }, { a: '0' }, { a: '' }, { a: null }, { a: 'x' }], path: '{n}[a=0]', expected: [{ a: 0 }, { a: '0' }] },
  { name: 'value with spaces', data: [{ c: 'Network activity' }, { c: 'Other' }], path: '{n}[c=Network activity].c', expected: ['Network activity'] },
  { name: 'value keeps trailing spaces (numeric still matches)', data: [{ a: 3 }], path: '{n}[a=3 ]', expected: [{ a: 3 }] },
  { name: 'dots inside brackets stay in the condition', data: [{ ip: '10.0.0.1' }, { ip: '10.0.0.2' }], path: '{n}[ip=10.0.0.2].ip', expected: ['10.0.0.2'] },
  { name: 'an empty value matches nothing of the grammar (no filter but arrays only)', data: [{ a: 1 }, 'x'], path: '{n}[a=]', expected: [{ a: 1 }] },
  { name: 'attribute names keep leading spaces', data: [{ id: 1 }], path: '{n}[ id=1]', expected: [] },
  { name: 'array attribute is greater than a scalar', data: [{ t: [1] }, { t: 1 }], path: '{n}[t>100]', expected: [{ t: [1] }] },
  { name: 'array attribute never equals a string', data: [{ t: ['x'] }], path: '{n}[t=x]', expected: [] },
  { name: 'numeric attribute key', data: { foo: { 0: 'a', 1: 'b' }, bar: { 0: 'c' } }, path: '{s}[1=b].0', expected: ['a'] },
  // regular expressions
  { name: 'regex', data: posts, path: '{n}.Post[title=/^First/]', expected: [posts[0].Post] },
  { name: 'regex with a class', data: posts, path: '{n}.Post[title=/^Fi[a-z]+/].id', expected: ['1', '5'] },
  { name: 'regex matches null as ""', data: { C: [{ name: 'Canada' }, { name: 'Australia' }, { name: null }] }, path: 'C.{n}[name=/Canada|^$/]', expected: [{ name: 'Canada' }, { name: null }] },
  { name: 'regex flag i', data: posts, path: '{n}.Post[title=/^FIRST/i].id', expected: ['1'] },
  { name: 'regex $ before a final newline', data: values, path: '{n}[v=/c$/].v', expected: ['abc', 'abc\n'] },
  { name: 'regex with D', data: values, path: '{n}[v=/c$/D].v', expected: ['abc'] },
  { name: 'regex on ints', data: values, path: '{n}[v=/^12$/].v', expected: [12] },
  { name: 'regex on floats uses PHP formatting', data: values, path: '{n}[v=/E\\+20$/].v', expected: [1e20] },
  { name: 'regex on booleans sees "true"', data: values, path: '{n}[v=/^true$/].v', expected: [true] },
  { name: 'regex without u works on bytes', data: values, path: '{n}[v=/^.{5}$/].v', expected: ['Café'] },
  { name: 'regex with u works on characters', data: values, path: '{n}[v=/^.{4}$/u].v', expected: [true, 'Café'] },
  { name: 'regex alternation with dots and brackets', data: [{ id: 1 }, { id: 2 }, { id: 4 }, { id: 12 }], path: '{n}[id=/\\b2|\\b4/].id', expected: [2, 4] },
  { name: 'invalid regex matches nothing (PHP warns)', data: values, path: '{n}[v=/(/].v', expected: [] },
  { name: 'regex and comparison together', data: posts, path: '{n}.Post[title=/post$/][id>=4].id', expected: ['4', '5'] },
];

describe('Hash.extract', () => {
  it.each(extractCases)('$name', ({ data, path, expected }) => {
    expect(Hash.extract(data, path)).toEqual(expected);
  });

  it('returns the data object itself for an empty path and shared sub-arrays for simple paths', () => {
    expect(Hash.extract(posts, '')).toBe(posts);
    expect(Hash.extract(posts, '0.Comment')).toBe(posts[0].Comment);
  });

  it.each([
    ['a string', 'abc'],
    ['null', null],
    ['a number', 3],
    ['a boolean', true],
    ['a Date', new Date(0)],
  ])('throws a TypeError for %s as data', (_label, data) => {
    expect(() => Hash.extract(data, 'a')).toThrow(PhpTypeError);
  });

  it('names the PHP types like PHP 8', () => {
    expect(() => Hash.extract('abc', 'a')).toThrow(
      'Hash::extract(): Argument #1 ($data) must be of type array, string given',
    );
  });

  it('throws when a regex condition meets an array value', () => {
    expect(() => Hash.extract([{ t: ['a'] }], '{n}[t=/a/]')).toThrow(
      PhpTypeError,
    );
  });

  it('rejects a catastrophic regex quickly instead of hanging', () => {
    const data = [{ v: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' }];
    const start = Date.now();
    expect(() => Hash.extract(data, '{n}[v=/(a+)+$/]')).toThrow(PregReDoSError);
    expect(Date.now() - start).toBeLessThan(1000);
  });
});
