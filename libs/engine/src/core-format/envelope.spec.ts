import { deepFreeze, okData } from './__fixtures__/test-helpers';
import { convertEventToCoreFormat } from './convert-event-to-core-format';
import { NORMALIZATION_INVALID_INPUT_MESSAGE } from './core-format-errors';

const tlpClear = () => ({ id: '1', name: 'tlp:clear', colour: '#ffffff', exportable: true });
const attribute = () => ({ id: '10', event_id: '1', object_id: '0', type: 'ip-src', value: '192.0.2.1', Tag: [] });
const event = () => ({ id: '1', info: 'Small event', Tag: [tlpClear()], Attribute: [attribute()] });

function expectedEvent() {
  const converted = { ...attribute(), _allTags: [{ ...tlpClear(), inherited: true }] };
  return {
    Event: {
      id: '1',
      info: 'Small event',
      Tag: [tlpClear()],
      Attribute: [converted],
      _AttributeFlattened: [converted],
    },
  };
}

describe('envelopes of core-format.md §1', () => {
  it.each([
    ['{"Event": …} (events/view, feeds, roaming data)', () => ({ Event: event() })],
    ['{"response": [{"Event": …}]} (events/restSearch)', () => ({ response: [{ Event: event() }] })],
    ['a bare event (PyMISP MISPEvent.to_json)', () => event()],
    ['a one-element list (events/index)', () => [{ Event: event() }]],
    ['a one-element list of bare events', () => [event()]],
    [
      'fetchEvent siblings (EventTag links, top-level Attribute)',
      () => ({
        Event: { id: '1', info: 'Small event' },
        EventTag: [{ id: '5', Tag: { ...tlpClear(), org_id: '0' } }],
        Attribute: [attribute()],
      }),
    ],
    [
      'a bare event with EventTag links (events/index row)',
      () => ({ id: '1', info: 'Small event', Attribute: [attribute()], EventTag: [{ Tag: tlpClear() }] }),
    ],
  ])('accepts %s', (_label, build) => {
    expect(okData(convertEventToCoreFormat(deepFreeze(build())))).toEqual(expectedEvent());
  });

  it('keeps "_" keys of a bare event at the root, not inside Event', () => {
    const data = okData(convertEventToCoreFormat({ ...event(), _module: 'dns' }));
    expect(data['_module']).toBe('dns');
    expect(data['Event']).not.toHaveProperty('_module');
  });

  it('reads {"response": {"Attribute": [row]}} (attributes/restSearch) as that attribute in its event', () => {
    const row = { ...attribute(), Tag: [tlpClear()], Event: { id: '1', info: 'Small event', orgc_id: '1' } };
    const converted = { ...attribute(), Tag: [tlpClear()], _allTags: [{ ...tlpClear(), inherited: false }] };
    expect(okData(convertEventToCoreFormat({ response: { Attribute: [row] } }))).toEqual({
      Event: { id: '1', info: 'Small event', orgc_id: '1', Attribute: [converted], _AttributeFlattened: [converted] },
    });
  });

  it.each([
    ['null', null],
    ['a string', 'event'],
    ['a number', 42],
    ['a boolean', true],
    ['an empty list', []],
    ['a list of two events', [{ Event: event() }, { Event: event() }]],
    ['a list holding null', [null]],
    ['an empty response', { response: [] }],
    ['a response of two events', { response: [{ Event: event() }, { Event: event() }] }],
    ['a response of no attribute', { response: { Attribute: [] } }],
    ['a scalar response', { response: 'nothing' }],
  ])('refuses %s with MISP’s invalid-input message', (_label, raw) => {
    expect(convertEventToCoreFormat(raw)).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: NORMALIZATION_INVALID_INPUT_MESSAGE },
    });
  });
});
