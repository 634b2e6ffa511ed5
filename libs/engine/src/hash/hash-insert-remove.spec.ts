import { PhpTypeError } from '../php';
import { Hash } from './hash';
import { mispEvent } from './hash-extract-misp.spec';
import { posts } from './hash-extract.spec';

export type PathCase = {
  readonly name: string;
  readonly data: unknown;
  readonly path: string;
  readonly values?: unknown;
  readonly expected: unknown;
};

// prettier-ignore
const items = [
  { Item: { id: 1, title: 'first' } },
  { Item: { id: 2, title: 'second' } },
  { Item: { id: 3, title: 'third' } },
  { Item: { id: 4, title: 'fourth' } },
  { Item: { id: 5, title: 'fifth' } },
];
const testable = items.map((row, i) =>
  i === 3 ? { ...row, testable: true } : row,
);
const event = (
  mispEvent as unknown as { Event: { _AttributeFlattened: { id: string }[] } }
).Event;
const omit = (
  o: Record<string, unknown>,
  key: string,
): Record<string, unknown> =>
  Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));
const withPost = (
  f: (post: Record<string, unknown>, i: number) => Record<string, unknown>,
): unknown => posts.map((row, i) => ({ ...row, Post: f(row.Post, i) }));

// prettier-ignore
export const insertCases: readonly PathCase[] = [
  { name: 'new top-level key', data: { pages: { name: 'page' } }, path: 'files', values: { name: 'files' }, expected: { pages: { name: 'page' }, files: { name: 'files' } } },
  { name: 'replace with an empty array', data: { pages: { name: 'page' } }, path: 'pages.name', values: [], expected: { pages: { name: [] } } },
  { name: 'creates intermediates; "0123" stays a string key', data: { foo: { bar: 'baz' } }, path: 'some.0123.path', values: { foo: 'bar' }, expected: { foo: { bar: 'baz' }, some: { '0123': { path: { foo: 'bar' } } } } },
  { name: 'replaces a string intermediate', data: { Some: { string: 'value' } }, path: 'Some.string.value', values: ['values'], expected: { Some: { string: { value: ['values'] } } } },
  { name: 'replaces a null intermediate', data: { a: null }, path: 'a.b', values: 1, expected: { a: { b: 1 } } },
  { name: 'into empty data', data: [], path: 'a.b.c', values: 1, expected: { a: { b: { c: 1 } } } },
  { name: 'index 0 of empty data makes a list', data: [], path: '0.name', values: 'x', expected: [{ name: 'x' }] },
  { name: 'next list index keeps a list', data: ['a', 'b'], path: '2', values: 'c', expected: ['a', 'b', 'c'] },
  { name: 'list index with a gap', data: ['a'], path: '5', values: 'x', expected: { 0: 'a', 5: 'x' } },
  { name: 'string key on a list', data: ['a'], path: 'k', values: 'v', expected: { 0: 'a', k: 'v' } },
  { name: 'replace a list element', data: ['a', 'b'], path: '0', values: 'A', expected: ['A', 'b'] },
  { name: 'empty path sets the "" key', data: { a: 1 }, path: '', values: 2, expected: { a: 1, '': 2 } },
  { name: 'null values by default', data: { a: 1 }, path: 'b', expected: { a: 1, b: null } },
  { name: '{n} inserts into every row', data: posts, path: '{n}.Post.insert', values: 'value', expected: withPost((p) => ({ ...p, insert: 'value' })) },
  {
    name: 'nested {n}',
    data: [posts[0], posts[1]],
    path: '{n}.Comment.{n}.insert',
    values: 'v',
    expected: [{ ...posts[0], Comment: posts[0].Comment.map((c) => ({ ...c, insert: 'v' })) }, posts[1]],
  },
  {
    name: 'conditions at the last token merge the values',
    data: items,
    path: '{n}.Item[id=/\\b2|\\b4/]',
    values: { test: 2 },
    expected: items.map((r) => (r.Item.id === 2 || r.Item.id === 4 ? { Item: { ...r.Item, test: 2 } } : r)),
  },
  {
    name: 'conditions in the middle',
    data: testable,
    path: '{n}[testable].Item[id=/\\b2|\\b4/].test',
    values: 2,
    expected: testable.map((r, i) => (i === 3 ? { ...r, Item: { ...r.Item, test: 2 } } : r)),
  },
  { name: 'merge appends scalar values', data: [[1], [2]], path: '{n}', values: 'x', expected: [[1, 'x'], [2, 'x']] },
  { name: 'merge renumbers int keys', data: { a: { 5: 'x', k: 1 } }, path: '{s}', values: { 9: 'y', k: 2 }, expected: { a: { 0: 'x', k: 2, 1: 'y' } } },
  { name: 'a remaining path "0" also merges (PHP truthiness)', data: [[1], [2]], path: '{n}.0', values: 'z', expected: [[1, 'z'], [2, 'z']] },
  { name: '{s} skips int keys', data: { a: {}, b: {}, 0: {} }, path: '{s}.flag', values: true, expected: { 0: {}, a: { flag: true }, b: { flag: true } } },
  { name: 'no match leaves the data unchanged', data: { a: { x: 1 } }, path: '{n}.b', values: 1, expected: { a: { x: 1 } } },
  { name: 'merge into an empty list value', data: { a: [] }, path: '{s}', values: ['x'], expected: { a: ['x'] } },
];

// prettier-ignore
export const removeCases: readonly PathCase[] = [
  { name: 'top-level key', data: { pages: { name: 'page' }, files: { name: 'files' } }, path: 'files', expected: { pages: { name: 'page' } } },
  { name: 'nested key', data: { pages: [{ name: 'main' }, { name: 'about', vars: { title: 't' } }] }, path: 'pages.1.vars', expected: { pages: [{ name: 'main' }, { name: 'about' }] } },
  { name: 'missing nested key', data: { pages: [{ name: 'main' }] }, path: 'pages.2.vars', expected: { pages: [{ name: 'main' }] } },
  { name: 'last list element stays a list', data: ['a', 'b', 'c'], path: '2', expected: ['a', 'b'] },
  { name: 'middle list element leaves a gap', data: ['a', 'b', 'c'], path: '1', expected: { 0: 'a', 2: 'c' } },
  { name: 'through a string', data: { foo: 'string' }, path: 'foo.bar', expected: { foo: 'string' } },
  { name: 'emptied map becomes []', data: { a: 1 }, path: 'a', expected: [] },
  { name: 'condition on list rows (last row)', data: [{ name: 'pages' }, { name: 'files' }], path: '{n}[name=files]', expected: [{ name: 'pages' }] },
  { name: 'condition on list rows (first row)', data: [{ name: 'pages' }, { name: 'files' }], path: '{n}[name=pages]', expected: { 1: { name: 'files' } } },
  { name: 'no match in scalars', data: ['foo', ['baz']], path: '{n}.part', expected: ['foo', ['baz']] },
  { name: 'no match two levels down', data: ['foo', ['baz']], path: '{n}.{n}.part', expected: ['foo', ['baz']] },
  { name: '{s} then an index', data: { foo: 'string', bar: ['a', 'b'] }, path: '{s}.0', expected: { foo: 'string', bar: { 1: 'b' } } },
  { name: 'condition on a numeric attribute', data: { foo: ['a', 'b'] }, path: 'foo[1=b].0', expected: { foo: { 1: 'b' } } },
  { name: '{n} removes a field from every row', data: posts, path: '{n}.Post.title', expected: withPost((p) => omit(p, 'title')) },
  { name: 'emptied containers are dropped', data: posts, path: '{n}.Post.{s}', expected: posts.map((row) => omit(row, 'Post')) },
  { name: 'rows emptied by a regex condition are dropped', data: items, path: '{n}.Item[id=/\\b2|\\b4/]', expected: { 0: items[0], 2: items[2], 4: items[4] } },
  {
    name: 'conditions in the middle',
    data: testable,
    path: '{n}[testable].Item[id=/\\b2|\\b4/].title',
    expected: testable.map((r, i) => (i === 3 ? { Item: { id: 4 }, testable: true } : r)),
  },
  { name: 'empty arrays are dropped even when the condition fails (PHP quirk)', data: { a: [], b: [1] }, path: '{s}[x=1]', expected: { b: [1] } },
  { name: 'scalars at the last token are unset, arrays are kept', data: { a: 'x', b: { c: 1 } }, path: '{s}', expected: { b: { c: 1 } } },
  { name: 'MISP: drop enrichment from every attribute', data: { list: [{ id: '1', enrichment: [] }, { id: '2', enrichment: [{ x: 1 }] }] }, path: 'list.{n}.enrichment', expected: { list: [{ id: '1' }, { id: '2' }] } },
];

describe('Hash.insert', () => {
  it.each(insertCases)('$name', (c) => {
    expect(
      'values' in c
        ? Hash.insert(c.data, c.path, c.values)
        : Hash.insert(c.data, c.path),
    ).toEqual(c.expected);
  });

  it('replaces the filtered attribute list like WorkflowRoamingData::applyFilter', () => {
    const kept = {
      0: event._AttributeFlattened[0],
      2: event._AttributeFlattened[2],
    };
    const result = Hash.insert(
      mispEvent,
      'Event._AttributeFlattened',
      kept,
    ) as typeof mispEvent;
    const out = (result as unknown as { Event: Record<string, unknown> }).Event;
    expect(out['_AttributeFlattened']).toBe(kept);
    expect(out['Attribute']).toBe(
      (mispEvent as unknown as { Event: Record<string, unknown> }).Event[
        'Attribute'
      ],
    );
    expect(Hash.extract(result, 'Event._AttributeFlattened.{n}.id')).toEqual([
      '101',
      '103',
    ]);
  });
});

describe('Hash.insert errors', () => {
  it.each([
    [
      'a scalar reached by a merge',
      ['s'],
      '{n}',
      'array_merge(): Argument #1 ($array) must be of type array, string given',
    ],
    [
      'a scalar reached by a deeper path',
      [1],
      '{n}.a',
      'Hash::insert(): Argument #1 ($data) must be of type array, int given',
    ],
    [
      'a scalar checked by conditions',
      ['s'],
      '{n}[x=1]',
      'Hash::_matches(): Argument #1 ($data) must be of type array, string given',
    ],
    [
      'non-array data',
      'abc',
      'a',
      'Hash::insert(): Argument #1 ($data) must be of type array, string given',
    ],
  ])('throws a TypeError for %s', (_label, data, path, message) => {
    expect(() => Hash.insert(data, path, 'x')).toThrow(PhpTypeError);
    expect(() => Hash.insert(data, path, 'x')).toThrow(message);
  });
});

describe('Hash.remove', () => {
  it.each(removeCases)('$name', ({ data, path, expected }) => {
    expect(Hash.remove(data, path)).toEqual(expected);
  });

  it('returns the same data when nothing is removed', () => {
    expect(Hash.remove(posts, '{n}.Nothing.here')).toBe(posts);
    expect(Hash.remove(posts, '9.Post')).toBe(posts);
  });

  it('removes attributes of a type from the MISP flattened list without re-indexing', () => {
    const result = Hash.remove(
      mispEvent,
      'Event._AttributeFlattened.{n}[type=ip-dst]',
    );
    expect(
      Object.keys(Hash.get(result, 'Event._AttributeFlattened') as object),
    ).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(
      Hash.extract(result, 'Event._AttributeFlattened.{n}.type'),
    ).not.toContain('ip-dst');
  });

  it('throws a TypeError for non-array data', () => {
    expect(() => Hash.remove(42, 'a')).toThrow(PhpTypeError);
  });
});
