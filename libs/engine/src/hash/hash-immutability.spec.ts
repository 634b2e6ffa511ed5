import { phpValues } from '../php';
import { Hash } from './hash';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as object)) deepFreeze(child);
  }
  return value;
}

// A private copy (Jest's module cache would share the parsed JSON with other specs of this file).
const event = deepFreeze(
  structuredClone(jest.requireActual<object>('./__fixtures__/misp-event.json')),
);
const snapshot = JSON.stringify(event);
const rows = deepFreeze([
  { Model: { id: 1, parent_id: null, name: 'a' } },
  { Model: { id: 2, parent_id: 1, name: 'b' } },
  { Model: { id: 3, parent_id: 1, name: 'c' } },
]);
const rowsSnapshot = JSON.stringify(rows);
const F = 'Event._AttributeFlattened';

type Call = readonly [string, () => unknown];
// prettier-ignore
const calls: readonly Call[] = [
  ['get', () => Hash.get(event, 'Event.Attribute.0.value')],
  ['get with array path', () => Hash.get(event, ['Event', 'Tag', 0])],
  ['extract empty path', () => Hash.extract(event, '')],
  ['extract simple', () => Hash.extract(event, 'Event.Tag')],
  ['extract {n}', () => Hash.extract(event, `${F}.{n}._allTags.{n}.name`)],
  ['extract conditions', () => Hash.extract(event, `${F}.{n}[to_ids=1][type=/^ip/].value`)],
  ['check', () => Hash.check(event, `${F}.{n}[enrichment]`)],
  ['insert simple', () => Hash.insert(event, 'Event.info', 'changed')],
  ['insert new branch', () => Hash.insert(event, 'Event.new.deep.key', [1, 2])],
  ['insert {n}', () => Hash.insert(event, `${F}.{n}.seen`, true)],
  ['insert merge with conditions', () => Hash.insert(event, `${F}.{n}[type=AS]`, { checked: 1 })],
  ['insert into a list', () => Hash.insert(event, 'Event.Tag.3', { name: 'x' })],
  ['remove simple', () => Hash.remove(event, 'Event.Orgc.name')],
  ['remove list element', () => Hash.remove(event, 'Event.Tag.1')],
  ['remove {n}', () => Hash.remove(event, `${F}.{n}.enrichment`)],
  ['remove conditions', () => Hash.remove(event, `${F}.{n}[to_ids=0]`)],
  ['remove emptying', () => Hash.remove(event, 'Event.Orgc.{s}')],
  ['combine', () => Hash.combine(event, `${F}.{n}.id`, `${F}.{n}.value`)],
  ['combine grouped', () => Hash.combine(event, `${F}.{n}.id`, `${F}.{n}.value`, `${F}.{n}.type`)],
];

describe('Hash never mutates its arguments', () => {
  it.each(calls)(
    '%s works on deep-frozen data and leaves it unchanged',
    (_name, call) => {
      expect(call).not.toThrow();
      expect(JSON.stringify(event)).toBe(snapshot);
    },
  );

  it('nest works on deep-frozen rows', () => {
    const tree = Hash.nest(rows);
    expect(Hash.extract(tree, '{n}.children.{n}.Model.name')).toEqual([
      'b',
      'c',
    ]);
    expect(JSON.stringify(rows)).toBe(rowsSnapshot);
  });
});

describe('Hash structural sharing', () => {
  it('copies only the containers along the modified path', () => {
    const before = event as { Event: Record<string, unknown> };
    const after = Hash.insert(event, 'Event.Orgc.name', 'X') as {
      Event: Record<string, unknown>;
    };
    expect(after).not.toBe(event);
    expect(after.Event).not.toBe(before.Event);
    expect(after.Event['Orgc']).not.toBe(before.Event['Orgc']);
    expect(after.Event['Attribute']).toBe(before.Event['Attribute']);
    expect(after.Event['Org']).toBe(before.Event['Org']);
    expect(Hash.get(after, 'Event.Orgc.name')).toBe('X');
    expect(Hash.get(event, 'Event.Orgc.name')).toBe('CIRCL');
  });

  it('shares untouched rows when inserting with {n} and conditions', () => {
    const before = phpValues(Hash.extract(event, `${F}.{n}`));
    const after = phpValues(
      Hash.extract(
        Hash.insert(event, `${F}.{n}[type=AS]`, { checked: 1 }),
        `${F}.{n}`,
      ),
    );
    expect(after.filter((row, i) => row === before[i])).toHaveLength(9);
  });

  it('returns the same object when remove finds nothing', () => {
    expect(Hash.remove(event, `${F}.{n}[type=nothing]`)).toBe(event);
  });

  it('does not mutate the values given to insert', () => {
    const values = deepFreeze({ a: [1] });
    const result = Hash.insert({ x: { b: 2 } }, '{s}', values);
    expect(result).toEqual({ x: { b: 2, a: [1] } });
    expect(values).toEqual({ a: [1] });
  });
});
