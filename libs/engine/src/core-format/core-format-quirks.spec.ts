import { at, okData } from './__fixtures__/test-helpers';
import { convertEventToCoreFormat } from './convert-event-to-core-format';
import { NORMALIZATION_ERROR_PREFIX } from './core-format-errors';

describe('JSONConverterTool details reproduced', () => {
  it.each([
    ['[] (PHP empty array)', []],
    ['null', null],
    ['missing', undefined],
    ['"" (PHP-empty string)', ''],
  ])('gives an empty galaxy cluster meta %s the value {}', (_label, meta) => {
    const cluster = meta === undefined ? { id: '1' } : { id: '1', meta };
    const data = okData(convertEventToCoreFormat({ Event: {}, Galaxy: [{ id: '3', GalaxyCluster: [cluster] }] }));
    expect(at(data, 'Event', 'Galaxy', 0, 'GalaxyCluster', 0)).toEqual({ id: '1', meta: {} });
  });

  it.each([
    ['on the event (moved from the top level)', { Event: {}, SharingGroup: [] }, ['Event']],
    ['on the event (nested, null)', { Event: { SharingGroup: null } }, ['Event']],
    ['on an attribute', { Event: { Attribute: [{ id: '1', SharingGroup: {} }] } }, ['Event', 'Attribute', 0]],
    ['on analyst data', { Event: { Note: [{ id: '1', SharingGroup: [] }] } }, ['Event', 'Note', 0]],
  ])('drops an empty SharingGroup %s', (_label, raw, path) => {
    expect(at(okData(convertEventToCoreFormat(raw)), ...path)).not.toHaveProperty('SharingGroup');
  });

  it('keeps a non-empty SharingGroup', () => {
    const sharingGroup = { id: '1', name: 'Partners' };
    const data = okData(convertEventToCoreFormat({ Event: { distribution: '4' }, SharingGroup: sharingGroup }));
    expect(at(data, 'Event', 'SharingGroup')).toBe(sharingGroup);
  });

  it('lets EventTag link k overwrite position k of an existing Event.Tag (PHP $x[$k] = …)', () => {
    const raw = {
      Event: { Tag: [{ name: 'x' }, { name: 'y' }, { name: 'z' }] },
      EventTag: [{ Tag: { name: 'a', org_id: '1' } }],
    };
    const tags = at(okData(convertEventToCoreFormat(raw)), 'Event', 'Tag');
    expect(tags).toEqual([{ name: 'a' }, { name: 'y' }, { name: 'z' }]);
  });

  it('replaces an attribute Sighting list by the top-level rows for that attribute', () => {
    const row = { id: '9', attribute_id: '1' };
    const raw = {
      Event: {
        Attribute: [
          { id: '1', Sighting: [{ id: 'old' }] },
          { id: '2', Sighting: [{ id: 'kept' }] },
        ],
      },
      Sighting: [row],
    };
    const data = okData(convertEventToCoreFormat(raw));
    expect(at(data, 'Event', 'Attribute', 0, 'Sighting')).toEqual([row]);
    expect(at(data, 'Event', 'Attribute', 1, 'Sighting')).toEqual([{ id: 'kept' }]);
  });

  it('drops Event.user_id, value1/value2 and the top-level models that are not moved', () => {
    const raw = {
      Event: { id: '1', user_id: '5', Attribute: [{ id: '2', value1: 'a', value2: 'b' }] },
      Thread: [],
      Post: [],
    };
    expect(okData(convertEventToCoreFormat(raw))).toEqual({
      Event: { id: '1', Attribute: [{ id: '2', _allTags: [] }], _AttributeFlattened: [{ id: '2', _allTags: [] }] },
    });
  });

  it('copies keys starting with "_" and `errors` to the root, after Event', () => {
    const raw = { Event: { id: '1' }, errors: ['partial'], _module: 'virustotal', _custom: { a: 1 } };
    const data = okData(convertEventToCoreFormat(raw));
    expect(data).toEqual({
      Event: { id: '1', _AttributeFlattened: [] },
      errors: ['partial'],
      _module: 'virustotal',
      _custom: { a: 1 },
    });
    expect(Object.keys(data)).toEqual(['Event', 'errors', '_module', '_custom']);
    expect(data['_custom']).toBe(raw._custom);
  });

  it('does not propagate object-level tags to the object attributes (only event tags are inherited)', () => {
    const raw = { Event: { Tag: [{ name: 'e' }], Object: [{ Tag: [{ name: 'o' }], Attribute: [{ id: '1' }] }] } };
    const allTags = at(okData(convertEventToCoreFormat(raw)), 'Event', 'Object', 0, 'Attribute', 0, '_allTags');
    expect(allTags).toEqual([{ name: 'e', inherited: true }]);
  });

  it('gives a null tag the PHP auto-vivified shape {inherited}', () => {
    const raw = { Event: { Attribute: [{ id: '1' }] }, EventTag: [{ id: '3' }] };
    const data = okData(convertEventToCoreFormat(raw));
    expect(at(data, 'Event', 'Tag')).toEqual([null]);
    expect(at(data, 'Event', 'Attribute', 0, '_allTags')).toEqual([{ inherited: true }]);
  });
});

describe('scope guess (spec §5.3 step 1)', () => {
  it('reads {Event, Attribute: {…}} without Orgc as attribute scope: the event holds that attribute only', () => {
    const raw = { Attribute: { id: '5', event_id: '1', object_id: '0' }, Event: { id: '1', Attribute: [{ id: '6' }] } };
    const data = okData(convertEventToCoreFormat(raw));
    expect(at(data, 'Event', '_AttributeFlattened')).toEqual([
      { id: '5', event_id: '1', object_id: '0', _allTags: [] },
    ]);
  });

  it('reads {Event, Attribute: {}, …} (empty attribute, no Orgc) as no scope: an empty event', () => {
    expect(okData(convertEventToCoreFormat({ Event: { id: '1' }, Attribute: {} }))).toEqual({
      Event: { _AttributeFlattened: [] },
    });
  });

  it('reads a top-level attribute list as the event attributes (divergence: MISP returns an empty event)', () => {
    const raw = { Event: { id: '1' }, Attribute: [{ id: '5' }], _module: 'dns' };
    expect(okData(convertEventToCoreFormat(raw))).toEqual({
      Event: { id: '1', Attribute: [{ id: '5', _allTags: [] }], _AttributeFlattened: [{ id: '5', _allTags: [] }] },
      _module: 'dns',
    });
  });
});

describe('conversion errors (MISP exception variant)', () => {
  it.each([
    ['a string attribute list', { Event: { Attribute: 'x' } }, 'Event.Attribute must be a list, string given'],
    ['a null attribute', { Event: { Attribute: [null] } }, 'Event.Attribute.0 must be an attribute object, null given'],
    ['a string Event', { Event: 'x' }, 'Event must be an object, string given'],
    ['a scalar Object list', { Event: { Object: 3 } }, 'Event.Object must be a list, int given'],
    [
      'an array sighting key',
      { Event: {}, Sighting: [{ attribute_id: [1] }] },
      'Cannot access offset of type array on array',
    ],
  ])('reports %s', (_label, raw, detail) => {
    expect(convertEventToCoreFormat(raw)).toEqual({
      ok: false,
      error: {
        code: 'normalization-failed',
        message: `${NORMALIZATION_ERROR_PREFIX}\n${detail}`,
        cause: expect.any(Error),
      },
    });
  });
});

describe('hostile keys', () => {
  it('copies a "__proto__" key (as JSON.parse makes it) as data, never as a prototype', () => {
    const raw: unknown = JSON.parse('{"Event": {"id": "1"}, "__proto__": {"polluted": true}, "_module": "x"}');
    const data = okData(convertEventToCoreFormat(raw));
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(data, '__proto__')).toBe(true);
    expect(data).not.toHaveProperty('polluted');
    expect(data['_module']).toBe('x');
  });

  it('keeps a "__proto__" key of an attribute as data in the copy', () => {
    const raw: unknown = JSON.parse('{"Event": {"Attribute": [{"id": "1", "value1": "a", "__proto__": {"x": 1}}]}}');
    const attribute = at(okData(convertEventToCoreFormat(raw)), 'Event', 'Attribute', 0) as object;
    expect(Object.getPrototypeOf(attribute)).toBe(Object.prototype);
    expect(Object.keys(attribute)).toEqual(['id', '__proto__', '_allTags']);
  });
});
