import { PhpTypeError } from '../php';
import { Hash } from './hash';
import { mispEvent } from './hash-extract-misp.spec';
import { posts } from './hash-extract.spec';
import { InvalidArgumentException } from './hash-errors';

export type GetCase = {
  readonly name: string;
  readonly data: unknown;
  readonly path: unknown;
  readonly default?: unknown;
  readonly expected: unknown;
};
export type CheckCase = {
  readonly name: string;
  readonly data: unknown;
  readonly path: string | null;
  readonly expected: boolean;
};

const withProto = JSON.parse('{"__proto__": "own value", "a": 1}') as unknown;

// prettier-ignore
export const getCases: readonly GetCase[] = [
  { name: 'list index as string', data: ['abc', 'def'], path: '0', expected: 'abc' },
  { name: 'list index as number', data: ['abc', 'def'], path: 0, expected: 'abc' },
  { name: 'second list index', data: ['abc', 'def'], path: '1', expected: 'def' },
  { name: 'empty data gives null', data: [], path: '1.Post.title', expected: null },
  { name: 'empty data gives the default', data: [], path: '1.Post.title', default: ['empty'], expected: ['empty'] },
  { name: 'empty path looks up the "" key', data: posts, path: '', expected: null },
  { name: 'the "" key exists', data: { '': 'some value', a: 1 }, path: '', expected: 'some value' },
  { name: 'nested value', data: posts, path: '0.Post.title', expected: 'First post' },
  { name: 'other row', data: posts, path: '1.Post.title', expected: 'Second post' },
  { name: 'missing row', data: posts, path: '5.Post.title', expected: null },
  { name: 'missing row with default', data: posts, path: '5.Post.title', default: ['empty'], expected: ['empty'] },
  { name: 'path through a string', data: posts, path: '1.Post.title.not_there', expected: null },
  { name: 'array value', data: posts, path: '1.Post', expected: posts[1].Post },
  { name: 'array path', data: posts, path: ['1', 'Post'], expected: posts[1].Post },
  { name: 'array path with numbers', data: posts, path: [0, 'Comment', 1, 'id'], expected: '2' },
  { name: 'array path reaches keys with dots', data: { 'a.b': { c: 1 } }, path: ['a.b', 'c'], expected: 1 },
  { name: 'null path gives the default', data: { one: 'two' }, path: null, default: '-', expected: '-' },
  { name: 'empty string path gives the default', data: { one: 'two' }, path: '', default: '-', expected: '-' },
  { name: 'null value gives the default (isset)', data: { a: null }, path: 'a', default: 'd', expected: 'd' },
  { name: 'false value is returned', data: { a: false }, path: 'a', default: 'd', expected: false },
  { name: 'zero is returned', data: { a: 0 }, path: 'a', default: 'd', expected: 0 },
  { name: 'empty string is returned', data: { a: '' }, path: 'a', default: 'd', expected: '' },
  { name: 'empty array is returned', data: { a: [] }, path: 'a', default: 'd', expected: [] },
  { name: 'no {n} support', data: { a: [{ b: 1 }] }, path: 'a.{n}.b', default: [], expected: [] },
  { name: 'float path splits on its dot', data: { 1: { 5: 'x' } }, path: 1.5, expected: 'x' },
  { name: 'leading zeros are a string key', data: { 1: 'int', '01': 'str' }, path: '01', expected: 'str' },
  { name: 'leading zeros miss list indexes', data: ['a', 'b'], path: '01', expected: null },
  { name: 'negative index on a list', data: ['a'], path: '-1', expected: null },
  { name: 'JS array properties are not keys', data: ['a'], path: 'length', expected: null },
  { name: 'JS object prototype is not data', data: { a: 1 }, path: 'constructor', expected: null },
  { name: 'own "__proto__" key from JSON', data: withProto, path: '__proto__', expected: 'own value' },
  { name: 'MISP organisation-if', data: mispEvent, path: 'Event.orgc_id', expected: '1' },
  { name: 'MISP published-if', data: mispEvent, path: 'Event.published', expected: false },
  { name: 'MISP generic-if equals on a list path', data: mispEvent, path: 'Event.Tag.0.name', default: [], expected: 'tlp:white' },
  { name: 'MISP generic-if with wildcards gives the default', data: mispEvent, path: 'Event.Tag.{n}.name', default: [], expected: [] },
  { name: 'MISP null object_relation gives the default', data: mispEvent, path: 'Event.Attribute.0.object_relation', default: 'none', expected: 'none' },
  { name: 'MISP event uuid', data: mispEvent, path: 'Event.uuid', expected: 'c99506a6-1255-4b71-afa5-7b8ba48c3b1b' },
];

// prettier-ignore
export const checkCases: readonly CheckCase[] = [
  { name: 'key with spaces', data: { 'My Index 1': { First: 'The first item' } }, path: 'My Index 1.First', expected: true },
  { name: 'array value', data: { 'My Index 1': { First: 'The first item' } }, path: 'My Index 1', expected: true },
  { name: 'deep', data: { A: { B: { C: { D: 'deep' } } } }, path: 'A.B.C.D', expected: true },
  { name: 'deep missing', data: { A: { B: { C: { D: 'deep' } } } }, path: 'A.Bs.C.D', expected: false },
  { name: 'null value', data: { a: null }, path: 'a', expected: false },
  { name: 'false value', data: { a: false }, path: 'a', expected: true },
  { name: 'empty array value', data: { a: [] }, path: 'a', expected: false },
  { name: 'condition found', data: posts, path: '{n}.Post[id=1]', expected: true },
  { name: 'condition not found', data: posts, path: '{n}.Post[id=9]', expected: false },
  { name: 'empty path on data', data: posts, path: '', expected: true },
  { name: 'empty path on empty data', data: [], path: '', expected: false },
  { name: 'MISP tag present', data: mispEvent, path: 'Event.Tag.{n}[name=tlp:white]', expected: true },
  { name: 'MISP tag absent', data: mispEvent, path: 'Event.Tag.{n}[name=tlp:red]', expected: false },
];

describe('Hash.get', () => {
  it.each(getCases)('$name', (c) => {
    const path = c.path as Parameters<typeof Hash.get>[1];
    expect(
      'default' in c
        ? Hash.get(c.data, path, c.default)
        : Hash.get(c.data, path),
    ).toEqual(c.expected);
  });

  it('returns the stored value itself', () => {
    expect(Hash.get(posts, '0.Comment')).toBe(posts[0].Comment);
  });

  it('throws like PHP for non-array data and invalid paths', () => {
    expect(() => Hash.get('abc', 'a')).toThrow(PhpTypeError);
    expect(() => Hash.get(null, 'a')).toThrow(
      'Hash::get(): Argument #1 ($data) must be of type array, null given',
    );
    expect(() => Hash.get({ a: 1 }, {} as unknown as string)).toThrow(
      InvalidArgumentException,
    );
  });
});

describe('Hash.check', () => {
  it.each(checkCases)('$name', ({ data, path, expected }) => {
    expect(Hash.check(data, path)).toBe(expected);
  });
});
