import { inheritedEventTags } from './__fixtures__/expected-event';
import {
  eventRow,
  ipAttributeFields,
  objectRow,
  org,
  sha256AttributeFields,
  sighting,
} from './__fixtures__/misp-event';
import { papRed, sofacyTag, tlpAmber } from './__fixtures__/misp-tags';
import { at, deepFreeze, fakePort, okData } from './__fixtures__/test-helpers';
import {
  attributeTagAttached,
  eventTagAttached,
  fetchAttributeIp,
  fetchAttributeSha256,
  quickFetchEvent,
  sightingAfterSave,
} from './__fixtures__/trigger-payloads';
import { convertToCoreFormat } from './convert-to-core-format';
import { NORMALIZATION_ERROR_PREFIX, NORMALIZATION_INVALID_INPUT_MESSAGE } from './core-format-errors';

const invalidInput = { ok: false, error: { code: 'invalid-input', message: NORMALIZATION_INVALID_INPUT_MESSAGE } };
const quickFetched = (entity: Record<string, unknown>, flattened: unknown[] = []) => ({
  Event: { ...eventRow(), ...entity, Orgc: org(), Tag: [tlpAmber(), sofacyTag()], _AttributeFlattened: flattened },
});
const localPapRed = () => ({ ...papRed(), local: true });
const port = () =>
  fakePort({
    events: { '42': quickFetchEvent() },
    attributes: { '100': fetchAttributeIp(), '103': fetchAttributeSha256() },
  });

describe('sighting-after-save', () => {
  it('without a port, builds the event from getSighting’s summaries and keeps the sighting (divergence)', async () => {
    const { Event: event, Attribute: summary } = sightingAfterSave()['Sighting'] as Record<string, object>;
    const attribute = { ...summary, Sighting: [sighting('3', '100')], _allTags: [] };
    expect(okData(await convertToCoreFormat('sighting-after-save', deepFreeze(sightingAfterSave())))).toEqual({
      Event: { ...event, Attribute: [attribute], _AttributeFlattened: [attribute] },
    });
  });

  it('with a port, puts the re-fetched attribute alone in the re-fetched event; the sighting is appended', async () => {
    const attribute = {
      ...ipAttributeFields(),
      Tag: [localPapRed()],
      Sighting: [sighting('1', '100'), sighting('3', '100')],
      _allTags: [...inheritedEventTags(), { ...localPapRed(), inherited: false }],
    };
    const data = okData(
      await convertToCoreFormat('sighting-after-save', deepFreeze(sightingAfterSave()), { fetch: port() }),
    );
    expect(data).toEqual(quickFetched({ Attribute: [attribute] }, [attribute]));
  });

  it('does not append the sighting when fetchAttribute already lists it', async () => {
    const fetched = fetchAttributeIp();
    const withIt = { ...fetched, Attribute: { ...(fetched['Attribute'] as object), Sighting: [sighting('3', '100')] } };
    const data = await convertToCoreFormat('sighting-after-save', sightingAfterSave(), {
      fetch: fakePort({ events: { '42': quickFetchEvent() }, attributes: { '100': withIt } }),
    });
    expect(at(okData(data), 'Event', 'Attribute', 0, 'Sighting')).toEqual([sighting('3', '100')]);
  });

  it('puts an object attribute in its object (fetchAttribute’s Object)', async () => {
    const data = okData(await convertToCoreFormat('sighting-after-save', sightingAfterSave('103'), { fetch: port() }));
    const attribute = {
      ...sha256AttributeFields(),
      Tag: [],
      Sighting: [sighting('3', '103')],
      _allTags: inheritedEventTags(),
    };
    expect(data).toEqual(quickFetched({ Object: [{ ...objectRow('7'), Attribute: [attribute] }] }, [attribute]));
  });

  it('fails with MISP’s exception variant when the attribute is gone', async () => {
    const result = await convertToCoreFormat('sighting-after-save', sightingAfterSave(), {
      fetch: fakePort({ events: { '42': quickFetchEvent() } }),
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'normalization-failed',
        message: `${NORMALIZATION_ERROR_PREFIX}\nAttribute "100" could not be found`,
      },
    });
  });

  it.each([[{}], [{ Sighting: [] }], [{ Sighting: '3' }]])('returns MISP’s false for %j', async (raw) => {
    expect(await convertToCoreFormat('sighting-after-save', raw)).toEqual(invalidInput);
  });
});

describe('tag-attached-after-save', () => {
  it('without a port, shows an event tag on an event known by its id', async () => {
    const raw = deepFreeze(eventTagAttached());
    const data = okData(await convertToCoreFormat('tag-attached-after-save', raw));
    expect(data).toEqual({ Event: { id: '42', Tag: [raw['Tag']], _AttributeFlattened: [] } });
    expect(at(data, 'Event', 'Tag', 0)).toBe(raw['Tag']);
  });

  it('with a port, converts the re-fetched event (whose tags include the new one)', async () => {
    const fetch = port();
    expect(okData(await convertToCoreFormat('tag-attached-after-save', eventTagAttached(), { fetch }))).toEqual(
      quickFetched({}),
    );
    expect(fetch.calls).toEqual(['event:42']);
  });

  it('with a port, puts the tagged attribute alone in its event for an attribute tag', async () => {
    const fetch = port();
    const attribute = {
      ...ipAttributeFields(),
      Tag: [localPapRed()],
      Sighting: [sighting('1', '100')],
      _allTags: [...inheritedEventTags(), { ...localPapRed(), inherited: false }],
    };
    const data = okData(
      await convertToCoreFormat('tag-attached-after-save', deepFreeze(attributeTagAttached()), { fetch }),
    );
    expect(data).toEqual(quickFetched({ Attribute: [attribute] }, [attribute]));
    expect(fetch.calls).toEqual(['event:42', 'attribute:100']);
  });

  it('without a port, shows an attribute tag on an attribute known by its id', async () => {
    const tag = attributeTagAttached()['Tag'] as Record<string, unknown>;
    const attribute = { id: '100', event_id: '42', Tag: [tag], _allTags: [{ ...tag, inherited: false }] };
    expect(okData(await convertToCoreFormat('tag-attached-after-save', attributeTagAttached()))).toEqual({
      Event: { id: '42', Attribute: [attribute], _AttributeFlattened: [attribute] },
    });
  });

  it.each([['0'], [0], [null]])('treats attribute_id %j as an event tag (PHP empty)', async (attributeId) => {
    const raw = { Tag: { ...tlpAmber(), event_id: '42', attribute_id: attributeId } };
    const data = okData(await convertToCoreFormat('tag-attached-after-save', raw));
    expect(data).toEqual({ Event: { id: '42', Tag: [raw.Tag], _AttributeFlattened: [] } });
  });

  it.each([[{}], [{ Tag: [] }], [{ Tag: null }]])('returns MISP’s false for %j', async (raw) => {
    expect(await convertToCoreFormat('tag-attached-after-save', raw)).toEqual(invalidInput);
  });
});
