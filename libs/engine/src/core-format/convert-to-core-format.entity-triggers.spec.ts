import { convertedFetchEvent, inheritedEventTags, viewFormatEvent } from './__fixtures__/expected-event';
import {
  eventRow,
  filenameAttributeFields,
  ipAttributeFields,
  objectRow,
  org,
  sha256AttributeFields,
  sighting,
} from './__fixtures__/misp-event';
import { papRed, sofacyTag, tlpAmber } from './__fixtures__/misp-tags';
import { deepFreeze, fakePort, okData } from './__fixtures__/test-helpers';
import {
  attributeEventSummary,
  enrichmentOnAttribute,
  fetchAttributeIp,
  fetchAttributeSha256,
  objectAfterSave,
  quickFetchEvent,
} from './__fixtures__/trigger-payloads';
import { convertToCoreFormat } from './convert-to-core-format';

const localPapRed = () => ({ ...papRed(), local: true });
const ipAttribute = (inherited: Record<string, unknown>[]) => ({
  ...ipAttributeFields(),
  Tag: [localPapRed()],
  Sighting: [sighting('1', '100')],
  _allTags: [...inherited, { ...localPapRed(), inherited: false }],
});
/** The shape of a quickFetchEvent-based conversion: event row, then the entity, then Orgc and Tag. */
const inQuickFetchedEvent = (entity: Record<string, unknown>, flattened: unknown[]) => ({
  Event: { ...eventRow(), ...entity, Orgc: org(), Tag: [tlpAmber(), sofacyTag()], _AttributeFlattened: flattened },
});

describe('attribute-after-save', () => {
  it('without a port, wraps the attribute in the event summary fetchAttribute passed', async () => {
    const attribute = ipAttribute([]);
    expect(okData(await convertToCoreFormat('attribute-after-save', deepFreeze(fetchAttributeIp())))).toEqual({
      Event: { ...attributeEventSummary(), Attribute: [attribute], _AttributeFlattened: [attribute] },
    });
  });

  it('with a port, wraps it in the re-fetched event (fetchSimpleEvent), inheriting its tags', async () => {
    const port = fakePort({ events: { '42': quickFetchEvent() } });
    const attribute = ipAttribute(inheritedEventTags());
    const data = okData(
      await convertToCoreFormat('attribute-after-save', deepFreeze(fetchAttributeIp()), { fetch: port }),
    );
    expect(data).toEqual(inQuickFetchedEvent({ Attribute: [attribute] }, [attribute]));
    expect(port.calls).toEqual(['event:42']);
  });

  it('puts an object attribute in its object (payload Object row) without a port', async () => {
    const attribute = { ...sha256AttributeFields(), Tag: [], _allTags: [] };
    expect(okData(await convertToCoreFormat('attribute-after-save', fetchAttributeSha256()))).toEqual({
      Event: {
        ...attributeEventSummary(),
        Object: [{ ...objectRow('7'), Attribute: [attribute] }],
        _AttributeFlattened: [attribute],
      },
    });
  });

  it('re-fetches the object first, then the event, for an object attribute', async () => {
    const port = fakePort({ events: { '42': quickFetchEvent() }, objects: { '7': [{ Object: objectRow('7') }] } });
    const attribute = { ...sha256AttributeFields(), Tag: [], _allTags: inheritedEventTags() };
    const data = okData(await convertToCoreFormat('attribute-after-save', fetchAttributeSha256(), { fetch: port }));
    expect(data).toEqual(inQuickFetchedEvent({ Object: [{ ...objectRow('7'), Attribute: [attribute] }] }, [attribute]));
    expect(port.calls).toEqual(['object:7', 'event:42']);
  });

  it('keeps an object attribute as a plain attribute when its object no longer exists', async () => {
    const port = fakePort({ events: { '42': quickFetchEvent() } });
    const data = okData(await convertToCoreFormat('attribute-after-save', fetchAttributeSha256(), { fetch: port }));
    expect(data).toHaveProperty(['Event', 'Attribute', 0, 'id'], '103');
    expect(data['Event']).not.toHaveProperty('Object');
  });

  it('gives {Event: {_AttributeFlattened: []}} when the event no longer exists (MISP’s empty result)', async () => {
    const data = await convertToCoreFormat('attribute-after-save', fetchAttributeIp(), { fetch: fakePort({}) });
    expect(okData(data)).toEqual({ Event: { _AttributeFlattened: [] } });
  });
});

describe('object-after-save', () => {
  const convertedObject = (inherited: Record<string, unknown>[]) => ({
    ...objectRow('7'),
    Attribute: [
      { ...filenameAttributeFields(), _allTags: inherited },
      { ...sha256AttributeFields(), _allTags: inherited },
    ],
  });

  it('wraps the object in its re-fetched event; its attributes inherit the event tags', async () => {
    const port = fakePort({ events: { '42': quickFetchEvent() } });
    const object = convertedObject(inheritedEventTags());
    const data = okData(await convertToCoreFormat('object-after-save', deepFreeze(objectAfterSave()), { fetch: port }));
    expect(data).toEqual(inQuickFetchedEvent({ Object: [object] }, object.Attribute));
  });

  it('without a port, wraps it in an event known by its id only', async () => {
    const object = convertedObject([]);
    expect(okData(await convertToCoreFormat('object-after-save', objectAfterSave()))).toEqual({
      Event: { id: '42', Object: [object], _AttributeFlattened: object.Attribute },
    });
  });

  it('drops an object saved before its attributes (spec §5.1: the event has no such object)', async () => {
    expect(okData(await convertToCoreFormat('object-after-save', objectAfterSave(false)))).toEqual({
      Event: { id: '42', Object: [], _AttributeFlattened: [] },
    });
  });
});

describe('enrichment-before-query', () => {
  it('converts an attribute enrichment, inheriting the payload event tags and keeping _module', async () => {
    const { Event: event } = enrichmentOnAttribute();
    const attribute = {
      ...ipAttributeFields(),
      Tag: [papRed()],
      _allTags: [
        { ...tlpAmber(), inherited: true },
        { ...papRed(), inherited: false },
      ],
    };
    expect(okData(await convertToCoreFormat('enrichment-before-query', deepFreeze(enrichmentOnAttribute())))).toEqual({
      Event: { ...(event as object), Attribute: [attribute], Tag: [tlpAmber()], _AttributeFlattened: [attribute] },
      _module: 'virustotal',
    });
  });

  it('converts an event enrichment and preserves every "_" key', async () => {
    const raw = { Event: viewFormatEvent()['Event'], _module: 'dns', _env: { baseurl: 'https://misp.local' } };
    const data = okData(await convertToCoreFormat('enrichment-before-query', deepFreeze(raw)));
    expect(data).toEqual({ ...convertedFetchEvent(), _module: 'dns', _env: { baseurl: 'https://misp.local' } });
  });

  it('runs on an empty event when only _module came (spec §13 #35, reproduced)', async () => {
    expect(okData(await convertToCoreFormat('enrichment-before-query', { _module: 'dns' }))).toEqual({
      _module: 'dns',
      Event: { _AttributeFlattened: [] },
    });
  });
});
