import { eventRow, org } from './__fixtures__/misp-event';
import { sofacyTag, tlpAmber } from './__fixtures__/misp-tags';
import { at, deepFreeze, fakePort, okData } from './__fixtures__/test-helpers';
import { logAfterSave, postAfterSave, quickFetchEvent, threadRow, userFields } from './__fixtures__/trigger-payloads';
import { convertToCoreFormat } from './convert-to-core-format';
import { TRIGGER_IDS } from './trigger-definitions';
import { NORMALIZATION_INVALID_INPUT_MESSAGE } from './core-format-errors';

const invalidInput = { ok: false, error: { code: 'invalid-input', message: NORMALIZATION_INVALID_INPUT_MESSAGE } };

describe('post-after-save (not core format)', () => {
  it('adds the thread and its event converted to core format (Event part only)', async () => {
    const raw = deepFreeze(postAfterSave());
    const fetch = fakePort({ threads: { '2': { Thread: threadRow() } }, events: { '42': quickFetchEvent() } });
    const data = okData(await convertToCoreFormat('post-after-save', raw, { fetch }));
    expect(data).toEqual({
      Post: raw['Post'],
      Thread: threadRow(),
      Event: { ...eventRow(), Orgc: org(), Tag: [tlpAmber(), sofacyTag()], _AttributeFlattened: [] },
    });
    expect(data['Post']).toBe(raw['Post']);
    expect(fetch.calls).toEqual(['thread:2', 'event:42']);
  });

  it('adds only the thread when it belongs to no event', async () => {
    const fetch = fakePort({ threads: { '2': threadRow('0') } });
    const data = okData(await convertToCoreFormat('post-after-save', postAfterSave(), { fetch }));
    expect(data).toEqual({ ...postAfterSave(), Thread: threadRow('0') });
  });

  it('sets Thread to [] when the thread is unknown (no port, or not found)', async () => {
    expect(okData(await convertToCoreFormat('post-after-save', postAfterSave()))).toEqual({
      ...postAfterSave(),
      Thread: [],
    });
    const data = await convertToCoreFormat('post-after-save', postAfterSave(), { fetch: fakePort({}) });
    expect(okData(data)).toEqual({ ...postAfterSave(), Thread: [] });
  });

  it('without a port, uses a Thread and Event the sender already put in the payload', async () => {
    const raw = { ...postAfterSave(), Thread: threadRow(), Event: { id: '42', info: 'x' } };
    expect(okData(await convertToCoreFormat('post-after-save', raw))).toEqual({
      ...raw,
      Event: { id: '42', info: 'x', _AttributeFlattened: [] },
    });
  });

  it.each([[{}], [{ Post: [] }], [{ Post: '' }]])('returns MISP’s false for %j', async (raw) => {
    expect(await convertToCoreFormat('post-after-save', raw)).toEqual(invalidInput);
  });
});

describe.each([
  ['user-before-save', userFields],
  ['user-after-save', userFields],
  ['log-after-save', logAfterSave],
])('%s (no normalisation)', (triggerId, build) => {
  it('passes the raw data on unchanged, as the same object', async () => {
    const raw = deepFreeze(build());
    const data = okData(await convertToCoreFormat(triggerId, raw));
    expect(data).toBe(raw);
    expect(data).not.toHaveProperty('Event');
  });

  it('passes an empty object on', async () => {
    expect(okData(await convertToCoreFormat(triggerId, {}))).toEqual({});
  });
});

describe('convertToCoreFormat: invalid input, unknown trigger, port failures', () => {
  const triggers = TRIGGER_IDS;
  const notObjects: [string, unknown][] = [
    ['null', null],
    ['a string', '{"Event": {}}'],
    ['a number', 42],
    ['a list of two', [{ Event: {} }, { Event: {} }]],
    ['an empty list', []],
  ];

  it.each(triggers.flatMap((id) => notObjects.map(([label, raw]) => [id, label, raw] as const)))(
    '%s refuses %s with MISP’s invalid-input message',
    async (triggerId, _label, raw) => {
      expect(await convertToCoreFormat(triggerId, raw)).toEqual(invalidInput);
    },
  );

  it('answers MISP’s TriggerNotFoundException text for an unknown trigger', async () => {
    expect(await convertToCoreFormat('event-delete', { Event: {} })).toEqual({
      ok: false,
      error: { code: 'unknown-trigger', message: 'Unknown trigger `event-delete`' },
    });
  });

  it('reports a rejected fetch as MISP’s exception variant', async () => {
    const boom = new Error('MISP answered 500');
    const result = await convertToCoreFormat(
      'tag-attached-after-save',
      { Tag: { id: '1', event_id: '42' } },
      {
        fetch: { event: () => Promise.reject(boom) },
      },
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'normalization-failed',
        message: 'Error while normalizing data for trigger. Error:\nMISP answered 500',
        cause: boom,
      },
    });
  });

  it('reports a fetched answer that is no MISP event as the exception variant', async () => {
    const result = await convertToCoreFormat(
      'event-report-after-save',
      { EventReport: { event_id: 42 } },
      {
        fetch: { event: () => Promise.resolve('not an event') },
      },
    );
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('is not a MISP event') } });
  });

  it('accepts port answers in restSearch envelopes', async () => {
    const row = { id: '100', event_id: '42', object_id: '0', value: '203.0.113.7', Tag: [], Event: { id: '42' } };
    const fetch = {
      event: () =>
        Promise.resolve({ response: [{ Event: { id: '42', Tag: [tlpAmber()], Attribute: [{ id: 'other' }] } }] }),
      attribute: () => Promise.resolve({ response: { Attribute: [row] } }),
    };
    const data = okData(
      await convertToCoreFormat('tag-attached-after-save', { Tag: { event_id: '42', attribute_id: '100' } }, { fetch }),
    );
    expect(at(data, 'Event', '_AttributeFlattened')).toEqual([
      {
        id: '100',
        event_id: '42',
        object_id: '0',
        value: '203.0.113.7',
        Tag: [],
        _allTags: [{ ...tlpAmber(), inherited: true }],
      },
    ]);
  });

  it('passes ids to the port as strings (numeric ids from PyMISP)', async () => {
    const fetch = fakePort({ events: { '42': quickFetchEvent() } });
    const data = okData(
      await convertToCoreFormat('event-report-after-save', { EventReport: { id: 5, event_id: 42 } }, { fetch }),
    );
    expect(fetch.calls).toEqual(['event:42']);
    expect(at(data, 'Event', 'id')).toBe('42');
  });
});
