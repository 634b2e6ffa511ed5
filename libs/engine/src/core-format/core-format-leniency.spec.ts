import { at, okData } from './__fixtures__/test-helpers';
import { convertEventToCoreFormat } from './convert-event-to-core-format';

const tag = (id: unknown, name: string) => ({ id, name, colour: '#ffffff', exportable: true });

describe('leniency: strings vs numbers vs booleans (core-format.md §9)', () => {
  it('keeps every value as given: numeric ids, 0/1 flags, string booleans', () => {
    const raw = {
      Event: { id: 42, published: '0', distribution: 3, Tag: [tag(2, 'tlp:green')] },
      Attribute: [{ id: 100, object_id: 0, to_ids: 1, deleted: 'false', type: 'ip-dst', value: '198.51.100.1' }],
    };
    expect(okData(convertEventToCoreFormat(raw))).toEqual({
      Event: {
        id: 42,
        published: '0',
        distribution: 3,
        Tag: [tag(2, 'tlp:green')],
        Attribute: [
          {
            id: 100,
            object_id: 0,
            to_ids: 1,
            deleted: 'false',
            type: 'ip-dst',
            value: '198.51.100.1',
            _allTags: [{ ...tag(2, 'tlp:green'), inherited: true }],
          },
        ],
        _AttributeFlattened: [expect.objectContaining({ id: 100 })],
      },
    });
  });

  it.each([
    ['string attribute_id, numeric id', '100', 100, true],
    ['numeric attribute_id, string id', 100, '100', true],
    ['float attribute_id (PHP truncates the key)', 100.7, '100', true],
    ['zero-padded attribute_id (PHP keeps "0100" a string key)', '0100', '100', false],
    ['null attribute_id against a missing id (both key "")', null, undefined, true],
  ])('folds a top-level sighting by PHP array key: %s', (_label, attributeId, id, folded) => {
    const sighting = { id: '1', attribute_id: attributeId, type: '0' };
    const data = okData(convertEventToCoreFormat({ Event: { Attribute: [{ id, value: 'x' }] }, Sighting: [sighting] }));
    expect(at(data, 'Event', 'Attribute', 0, 'Sighting')).toEqual(folded ? [sighting] : undefined);
  });

  it.each([
    ['string key, numeric id', { '100': [{ id: '7', attribute_id: '900', value: 'v', org_id: '2', info: 'i' }] }, 100],
    ['list keyed by position', [[{ id: '7', attribute_id: '900', value: 'v', org_id: '2', info: 'i' }]], '0'],
  ])('finds correlations by PHP array key: %s', (_label, related, id) => {
    const data = okData(convertEventToCoreFormat({ Event: { Attribute: [{ id }] }, RelatedAttribute: related }));
    expect(at(data, 'Event', 'Attribute', 0, 'RelatedAttribute')).toEqual([
      { id: '900', value: 'v', org_id: '2', info: 'i', event_id: '7' },
    ]);
    expect(at(data, 'Event')).not.toHaveProperty('RelatedAttribute');
  });
});

describe('leniency: missing optional arrays and empty events', () => {
  it.each([
    ['an empty Event', { Event: {} }],
    ['a null Event', { Event: null }],
    ['a PHP empty-array Event', { Event: [] }],
    ['no Event at all', {}],
  ])('converts %s to {Event: {_AttributeFlattened: []}} (spec §13 #33)', (_label, raw) => {
    expect(okData(convertEventToCoreFormat(raw))).toEqual({ Event: { _AttributeFlattened: [] } });
  });

  it('adds no Attribute, Object or Tag key the input did not have', () => {
    const data = okData(convertEventToCoreFormat({ Event: { id: '1', info: 'metadata only' } }));
    expect(data).toEqual({ Event: { id: '1', info: 'metadata only', _AttributeFlattened: [] } });
  });

  it.each([
    ['no own Tag: inherited tags only', { Tag: [tag('1', 'e')] }, {}, [['e', true]]],
    ['no event Tag: own tags only', {}, { Tag: [tag('2', 'a')] }, [['a', false]]],
    ['empty own Tag list', { Tag: [tag('1', 'e')] }, { Tag: [] }, [['e', true]]],
    ['neither', {}, {}, []],
  ])('builds _allTags with %s', (_label, eventPart, attributePart, expected) => {
    const data = okData(
      convertEventToCoreFormat({ Event: { ...eventPart, Attribute: [{ id: '1', ...attributePart }] } }),
    );
    const allTags = at(data, 'Event', 'Attribute', 0, '_allTags') as Record<string, unknown>[];
    expect(allTags.map((t) => [t['name'], t['inherited']])).toEqual(expected);
  });

  it('drops objects without attributes (missing, empty or null) and re-indexes the list', () => {
    const objects = [
      { id: '1' },
      { id: '2', Attribute: [] },
      { id: '3', Attribute: [{ id: '9' }] },
      { id: '4', Attribute: null },
    ];
    const data = okData(convertEventToCoreFormat({ Event: { Object: objects } }));
    expect(at(data, 'Event', 'Object')).toEqual([{ id: '3', Attribute: [{ id: '9', _allTags: [] }] }]);
  });

  it('accepts PHP maps (JSON objects) where lists are expected', () => {
    const data = okData(
      convertEventToCoreFormat({ Event: { Tag: { 0: tag('1', 'e') }, Attribute: { 0: { id: '5' } } } }),
    );
    expect(at(data, 'Event', '_AttributeFlattened')).toEqual([
      { id: '5', _allTags: [{ ...tag('1', 'e'), inherited: true }] },
    ]);
  });
});
