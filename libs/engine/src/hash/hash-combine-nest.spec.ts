import { PhpTypeError } from '../php';
import { Hash } from './hash';
import { CakeException, InvalidArgumentException } from './hash-errors';
import type { NestOptions } from './hash-nest';

export type CombineCase = {
  readonly name: string;
  readonly data: unknown;
  readonly keyPath: string;
  readonly valuePath?: string | null;
  readonly groupPath?: string | null;
  readonly expected: unknown;
};
export type NestCase = {
  readonly name: string;
  readonly data: unknown;
  readonly options?: NestOptions;
  readonly expected: unknown;
};

// prettier-ignore
const users = [
  { User: { id: 2, group_id: 1, Data: { user: 'alice.w', name: 'Alice W' } } },
  { User: { id: 14, group_id: 2, Data: { user: 'bob', name: 'Bob B' } } },
  { User: { id: 25, group_id: 1, Data: { user: 'carol', name: 'Carol C' } } },
];
// prettier-ignore
const workflows = [
  { Workflow: { id: '1', trigger_id: 'event-publish' }, data: { id: 'event-publish' } },
  { Workflow: { id: '2', trigger_id: 'attribute-after-save' }, data: { id: 'attribute-after-save' } },
];
// prettier-ignore
const nodes = [
  { id: 3, data: { id: 'generic-filter-data', indexed_params: { 'filtering-label': 'A' } } },
  { id: 5, data: { id: 'tag-if', indexed_params: {} } },
];
// prettier-ignore
const moduleParams = { url: { id: 'url', value: 'https://x' }, timeout: { id: 'timeout', value: '5' } };

// prettier-ignore
export const combineCases: readonly CombineCase[] = [
  { name: 'empty data', data: [], keyPath: '{n}.User.id', valuePath: '{n}.User.Data', expected: [] },
  { name: 'keys only', data: users, keyPath: '{n}.User.id', expected: { 2: null, 14: null, 25: null } },
  { name: 'missing values give nulls', data: users, keyPath: '{n}.User.id', valuePath: '{n}.User.non-existent', expected: { 2: null, 14: null, 25: null } },
  {
    name: 'array values',
    data: users,
    keyPath: '{n}.User.id',
    valuePath: '{n}.User.Data',
    expected: { 2: users[0].User.Data, 14: users[1].User.Data, 25: users[2].User.Data },
  },
  { name: 'scalar values', data: users, keyPath: '{n}.User.id', valuePath: '{n}.User.Data.name', expected: { 2: 'Alice W', 14: 'Bob B', 25: 'Carol C' } },
  {
    name: 'grouped',
    data: users,
    keyPath: '{n}.User.id',
    valuePath: '{n}.User.Data.name',
    groupPath: '{n}.User.group_id',
    expected: { 1: { 2: 'Alice W', 25: 'Carol C' }, 2: { 14: 'Bob B' } },
  },
  {
    name: 'grouped array values',
    data: users,
    keyPath: '{n}.User.id',
    valuePath: '{n}.User.Data',
    groupPath: '{n}.User.group_id',
    expected: { 1: { 2: users[0].User.Data, 25: users[2].User.Data }, 2: { 14: users[1].User.Data } },
  },
  { name: 'group path without matches is ignored', data: users, keyPath: '{n}.User.id', valuePath: '{n}.User.Data.user', groupPath: '{n}.User.nope', expected: { 2: 'alice.w', 14: 'bob', 25: 'carol' } },
  { name: 'missing groups go to 0', data: [{ k: 'a', g: 'x' }, { k: 'b' }], keyPath: '{n}.k', groupPath: '{n}.g', expected: { x: { a: null }, 0: { b: null } } },
  { name: 'keys 0..n-1 make a list', data: [{ k: 0, v: 'a' }, { k: 1, v: 'b' }], keyPath: '{n}.k', valuePath: '{n}.v', expected: ['a', 'b'] },
  { name: 'duplicate keys keep the last value', data: [{ k: 'x', v: 1 }, { k: 'y', v: 2 }, { k: 'x', v: 3 }], keyPath: '{n}.k', valuePath: '{n}.v', expected: { x: 3, y: 2 } },
  { name: 'float keys become strings', data: [{ k: 1.5, v: 'a' }], keyPath: '{n}.k', valuePath: '{n}.v', expected: { '1.5': 'a' } },
  { name: 'float keys are truncated when grouping', data: [{ k: 1.5, v: 'a', g: 'G' }], keyPath: '{n}.k', valuePath: '{n}.v', groupPath: '{n}.g', expected: { G: { 1: 'a' } } },
  { name: 'boolean keys', data: [{ k: true, v: 'a' }, { k: false, v: 'b' }], keyPath: '{n}.k', valuePath: '{n}.v', expected: { 1: 'a', '': 'b' } },
  { name: 'an empty value path gives nulls', data: users, keyPath: '{n}.User.id', valuePath: '', expected: { 2: null, 14: null, 25: null } },
  { name: 'trigger index', data: workflows, keyPath: '{n}.data.id', valuePath: '{n}.Workflow.id', expected: { 'event-publish': '1', 'attribute-after-save': '2' } },
  { name: 'trigger listing', data: workflows, keyPath: '{n}.Workflow.trigger_id', valuePath: '{n}.Workflow.id', expected: { 'event-publish': '1', 'attribute-after-save': '2' } },
  { name: 'misp-module params', data: moduleParams, keyPath: '{s}.id', valuePath: '{s}.value', expected: { url: 'https://x', timeout: '5' } },
  { name: 'connection labels (count mismatch avoided by data)', data: [nodes[0]], keyPath: '{n}.id', valuePath: '{n}.data.indexed_params.filtering-label', expected: { 3: 'A' } },
];

const model = (id: number, parent: number | null): unknown => ({
  Model: { id, parent_id: parent },
});
const flatRows = (pairs: [number, number | null][]): unknown[] =>
  pairs.map(([id, parent_id]) => ({ id, parent_id }));

// prettier-ignore
export const nestCases: readonly NestCase[] = [
  { name: 'empty data', data: [], expected: [] },
  {
    name: 'model rows with the alias detected from the first row',
    data: [model(1, null), model(2, 1), model(3, 1), model(6, null), model(7, 6)],
    expected: [
      { Model: { id: 1, parent_id: null }, children: [{ Model: { id: 2, parent_id: 1 }, children: [] }, { Model: { id: 3, parent_id: 1 }, children: [] }] },
      { Model: { id: 6, parent_id: null }, children: [{ Model: { id: 7, parent_id: 6 }, children: [] }] },
    ],
  },
  {
    name: 'explicit root',
    data: [model(1, null), model(2, 1), model(6, null), model(7, 6)],
    options: { root: 6 },
    expected: [{ Model: { id: 6, parent_id: null }, children: [{ Model: { id: 7, parent_id: 6 }, children: [] }] }],
  },
  {
    name: 'one-dimensional rows with explicit paths',
    data: flatRows([[1, null], [2, 1], [3, 2]]),
    options: { idPath: '{n}.id', parentPath: '{n}.parent_id' },
    expected: [{ id: 1, parent_id: null, children: [{ id: 2, parent_id: 1, children: [{ id: 3, parent_id: 2, children: [] }] }] }],
  },
  {
    name: 'children listed before their parent',
    data: flatRows([[2, 1], [3, 1], [1, null]]),
    options: { idPath: '{n}.id', parentPath: '{n}.parent_id' },
    expected: [{ id: 1, parent_id: null, children: [{ id: 2, parent_id: 1, children: [] }, { id: 3, parent_id: 1, children: [] }] }],
  },
  {
    name: 'no parent data: every row is a root',
    data: [{ id: 1 }, { id: 2 }],
    options: { idPath: '{n}.id', parentPath: '{n}.parent_id' },
    expected: [{ id: 1, children: [] }, { id: 2, children: [] }],
  },
  {
    name: 'a root whose parent is unknown is dropped (root = parent of the first root)',
    data: flatRows([[1, null], [2, 99]]),
    options: { idPath: '{n}.id', parentPath: '{n}.parent_id' },
    expected: [{ id: 1, parent_id: null, children: [] }],
  },
  {
    name: 'custom children key',
    data: flatRows([[1, null], [2, 1]]),
    options: { idPath: '{n}.id', parentPath: '{n}.parent_id', children: 'kids' },
    expected: [{ id: 1, parent_id: null, kids: [{ id: 2, parent_id: 1, kids: [] }] }],
  },
  {
    name: 'string ids match int parents loosely',
    data: [{ id: '1', parent_id: null }, { id: '2', parent_id: 1 }],
    options: { idPath: '{n}.id', parentPath: '{n}.parent_id' },
    expected: [{ id: '1', parent_id: null, children: [{ id: '2', parent_id: 1, children: [] }] }],
  },
];

describe('Hash.combine', () => {
  it.each(combineCases)('$name', (c) => {
    expect(
      Hash.combine(c.data, c.keyPath, c.valuePath ?? null, c.groupPath ?? null),
    ).toEqual(c.expected);
  });

  it.each([
    [
      'a missing value',
      [{ User: { id: 1, name: 'mark' } }, { User: { name: 'jose' } }],
    ],
    ['a missing key', [{ User: { id: 1, name: 'mark' } }, { User: { id: 2 } }]],
  ])('throws CakeException for %s', (_label, data) => {
    expect(() => Hash.combine(data, '{n}.User.id', '{n}.User.name')).toThrow(
      CakeException,
    );
    expect(() => Hash.combine(data, '{n}.User.id', '{n}.User.name')).toThrow(
      'Hash::combine() needs an equal number of keys + values.',
    );
  });

  it('throws a TypeError for an array used as a group key, and for non-array data', () => {
    expect(() => Hash.combine(users, '{n}.User.id', '{n}.User.id', '')).toThrow(
      PhpTypeError,
    );
    expect(() => Hash.combine('x', '{n}.id')).toThrow(PhpTypeError);
  });
});

describe('Hash.nest', () => {
  it.each(nestCases)('$name', ({ data, options, expected }) => {
    expect(Hash.nest(data, options)).toEqual(expected);
  });

  it('throws InvalidArgumentException when no row is top-level', () => {
    const input = [{ Category: { id: '1', name: 'Lorem', parent_id: '1' } }];
    expect(() => Hash.nest(input)).toThrow(InvalidArgumentException);
    expect(() => Hash.nest(input)).toThrow('Invalid data array to nest.');
  });

  it('throws instead of building a recursive structure', () => {
    const input = [
      { id: 1, parent_id: null },
      { id: 1, parent_id: 1 },
    ];
    expect(() =>
      Hash.nest(input, { idPath: '{n}.id', parentPath: '{n}.parent_id' }),
    ).toThrow(InvalidArgumentException);
  });

  it('throws a TypeError when the rows are not arrays', () => {
    expect(() => Hash.nest(['a', 'b'])).toThrow(PhpTypeError);
  });
});
