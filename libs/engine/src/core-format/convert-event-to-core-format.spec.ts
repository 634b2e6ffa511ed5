import { convertedFetchEvent, viewFormatEvent } from './__fixtures__/expected-event';
import { fetchEventLayout } from './__fixtures__/misp-event';
import { at, deepFreeze, okData } from './__fixtures__/test-helpers';
import { convertEventToCoreFormat } from './convert-event-to-core-format';

describe('convertEventToCoreFormat (WorkflowFormatConverterTool::convert, event scope)', () => {
  it('converts a fetchEvent payload exactly as MISP does', () => {
    expect(okData(convertEventToCoreFormat(fetchEventLayout()))).toEqual(convertedFetchEvent());
  });

  it('keeps MISP key order: event fields, moved models, Tag, then _AttributeFlattened', () => {
    const data = okData(convertEventToCoreFormat(fetchEventLayout()));
    const expected = convertedFetchEvent();
    expect(Object.keys(data)).toEqual(['Event']);
    expect(Object.keys(at(data, 'Event') as object)).toEqual(Object.keys(at(expected, 'Event') as object));
    expect(Object.keys(at(data, 'Event', 'Attribute', 0) as object)).toEqual(
      Object.keys(at(expected, 'Event', 'Attribute', 0) as object),
    );
  });

  it('orders _AttributeFlattened as Event.Attribute then each object attribute, by object', () => {
    const data = okData(convertEventToCoreFormat(fetchEventLayout()));
    expect((at(data, 'Event', '_AttributeFlattened') as { id: string }[]).map((a) => a.id)).toEqual([
      '100',
      '101',
      '102',
      '103',
    ]);
  });

  it.each([
    ['own tag of a plain attribute', ['Event', 'Attribute', 0], ['tlp:amber', true], ['PAP:RED', false]],
    ['untagged object attribute', ['Event', 'Object', 0, 'Attribute', 0], ['tlp:amber', true], undefined],
    [
      'own tag of an object attribute',
      ['Event', 'Object', 0, 'Attribute', 1],
      ['tlp:amber', true],
      ['misp-galaxy:country="russia"', false],
    ],
  ])('flags _allTags of the %s: event tags inherited first', (_label, path, first, last) => {
    const tags = at(okData(convertEventToCoreFormat(fetchEventLayout())), ...path, '_allTags') as Record<
      string,
      unknown
    >[];
    expect([tags[0]['name'], tags[0]['inherited']]).toEqual(first);
    expect(tags[1]).toMatchObject({ name: 'misp-galaxy:threat-actor="Sofacy"', inherited: true });
    if (last !== undefined) expect([tags[2]['name'], tags[2]['inherited']]).toEqual(last);
    else expect(tags).toHaveLength(2);
  });

  it('adds only the workflow keys to an event already in view (core) format', () => {
    expect(okData(convertEventToCoreFormat({ Event: viewFormatEvent()['Event'] }))).toEqual(convertedFetchEvent());
  });

  it('leaves Event.Tag and Attribute.Tag entries without an inherited flag', () => {
    const data = okData(convertEventToCoreFormat(fetchEventLayout()));
    expect(at(data, 'Event', 'Tag', 0)).not.toHaveProperty('inherited');
    expect(at(data, 'Event', 'Attribute', 0, 'Tag', 0)).not.toHaveProperty('inherited');
  });
});

describe('convertEventToCoreFormat: immutability and structural sharing', () => {
  it('never writes to the input (deep-frozen) and leaves it deep-equal to a snapshot', () => {
    const raw = deepFreeze(fetchEventLayout());
    const snapshot = structuredClone(raw);
    expect(okData(convertEventToCoreFormat(raw))).toEqual(convertedFetchEvent());
    expect(raw).toEqual(snapshot);
  });

  it('builds new containers: Event, Attribute lists, attributes, _allTags', () => {
    const raw = fetchEventLayout();
    const data = okData(convertEventToCoreFormat(raw));
    expect(at(data, 'Event')).not.toBe(raw['Event']);
    expect(at(data, 'Event', 'Attribute')).not.toBe(raw['Attribute']);
    expect(at(data, 'Event', 'Attribute', 0)).not.toBe(at(raw, 'Attribute', 0));
  });

  it.each([
    ['Orgc', ['Event', 'Orgc'], ['Orgc']],
    ['a related event', ['Event', 'RelatedEvent', 0], ['RelatedEvent', 0]],
    ['a galaxy whose clusters have meta', ['Event', 'Galaxy', 0], ['Galaxy', 0]],
    ['an event report', ['Event', 'EventReport', 0], ['EventReport', 0]],
    ['a proposal list', ['Event', 'ShadowAttribute'], ['ShadowAttribute']],
    ['an attribute own Tag list', ['Event', 'Attribute', 1, 'Tag'], ['Attribute', 1, 'Tag']],
    ['an attribute Galaxy list', ['Event', 'Attribute', 0, 'Galaxy'], ['Attribute', 0, 'Galaxy']],
    ['a folded sighting row', ['Event', 'Attribute', 0, 'Sighting', 0], ['Sighting', 0]],
    ['an object reference list', ['Event', 'Object', 0, 'ObjectReference'], ['Object', 0, 'ObjectReference']],
    [
      'an object attribute Tag entry',
      ['Event', 'Object', 0, 'Attribute', 1, 'Tag', 0],
      ['Object', 0, 'Attribute', 1, 'Tag', 0],
    ],
  ])('reuses %s of the input by reference (no deep clone)', (_label, outputPath, inputPath) => {
    const raw = fetchEventLayout();
    const data = okData(convertEventToCoreFormat(raw));
    expect(at(data, ...outputPath)).toBe(at(raw, ...inputPath));
  });

  it('shares the attribute objects between Event.Attribute / Object and _AttributeFlattened', () => {
    const data = okData(convertEventToCoreFormat(fetchEventLayout()));
    expect(at(data, 'Event', '_AttributeFlattened', 1)).toBe(at(data, 'Event', 'Attribute', 1));
    expect(at(data, 'Event', '_AttributeFlattened', 3)).toBe(at(data, 'Event', 'Object', 0, 'Attribute', 1));
  });

  it('copies a tag only where MISP changes it (org_id removed, inherited added)', () => {
    const raw = fetchEventLayout();
    const data = okData(convertEventToCoreFormat(raw));
    expect(at(data, 'Event', 'Tag', 0)).not.toBe(at(raw, 'EventTag', 0, 'Tag'));
    expect(at(data, 'Event', 'Attribute', 1, '_allTags', 2)).not.toBe(at(raw, 'Attribute', 1, 'Tag', 0));
    // Event tags flagged as inherited are built once and shared by every attribute's _allTags.
    expect(at(data, 'Event', 'Attribute', 0, '_allTags', 0)).toBe(at(data, 'Event', 'Attribute', 1, '_allTags', 0));
  });

  it('copies a galaxy only when an empty cluster meta must become {}', () => {
    const raw = fetchEventLayout();
    const data = okData(convertEventToCoreFormat(raw));
    expect(at(data, 'Event', 'Galaxy', 1)).not.toBe(at(raw, 'Galaxy', 1));
    expect(at(data, 'Event', 'Galaxy', 1, 'GalaxyCluster', 0, 'meta')).toEqual({});
    expect(at(raw, 'Galaxy', 1, 'GalaxyCluster', 0, 'meta')).toEqual([]);
  });
});
