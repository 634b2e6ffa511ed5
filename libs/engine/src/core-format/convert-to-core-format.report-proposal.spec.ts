import { inheritedEventTags } from './__fixtures__/expected-event';
import { domainAttributeFields, eventRow, org, proposal, report } from './__fixtures__/misp-event';
import { osint, sofacyTag, tlpAmber } from './__fixtures__/misp-tags';
import { at, deepFreeze, fakePort, okData } from './__fixtures__/test-helpers';
import {
  attributeEventSummary,
  eventReportAfterSave,
  proposalToAdd,
  proposalToEdit,
  quickFetchEvent,
} from './__fixtures__/trigger-payloads';
import { convertToCoreFormat } from './convert-to-core-format';
import { NORMALIZATION_INVALID_INPUT_MESSAGE } from './core-format-errors';

const invalidInput = { ok: false, error: { code: 'invalid-input', message: NORMALIZATION_INVALID_INPUT_MESSAGE } };
const quickFetched = (entity: Record<string, unknown>, flattened: unknown[] = []) => ({
  Event: { ...eventRow(), ...entity, Orgc: org(), Tag: [tlpAmber(), sofacyTag()], _AttributeFlattened: flattened },
});
const fetchAttributeDomain = () => ({
  Attribute: { ...domainAttributeFields(), Tag: [osint()] },
  Event: attributeEventSummary(),
});

describe('event-report-after-save', () => {
  it('puts the report alone in its re-fetched event (quickFetchEvent)', async () => {
    const raw = deepFreeze(eventReportAfterSave());
    const port = fakePort({ events: { '42': quickFetchEvent() } });
    const data = okData(await convertToCoreFormat('event-report-after-save', raw, { fetch: port }));
    expect(data).toEqual(quickFetched({ EventReport: [report()] }));
    expect(at(data, 'Event', 'EventReport', 0)).toBe(raw['EventReport']);
  });

  it('without a port, uses an event known by its id only', async () => {
    expect(okData(await convertToCoreFormat('event-report-after-save', eventReportAfterSave()))).toEqual({
      Event: { id: '42', EventReport: [report()], _AttributeFlattened: [] },
    });
  });

  it('keeps the report when its event is gone (MISP auto-vivifies Event)', async () => {
    const data = await convertToCoreFormat('event-report-after-save', eventReportAfterSave(), { fetch: fakePort({}) });
    expect(okData(data)).toEqual({ Event: { EventReport: [report()], _AttributeFlattened: [] } });
  });

  it.each([[{}], [{ EventReport: [] }], [{ EventReport: null }], [{ EventReport: 'x' }]])(
    'returns MISP’s false for %j',
    async (raw) => {
      expect(await convertToCoreFormat('event-report-after-save', raw)).toEqual(invalidInput);
    },
  );
});

describe.each([['shadow-attribute-before-save'], ['shadow-attribute-after-save']])('%s', (triggerId) => {
  it('embeds a proposal to add (old_id "0") in its re-fetched event', async () => {
    const port = fakePort({ events: { '42': quickFetchEvent() } });
    const data = okData(await convertToCoreFormat(triggerId, deepFreeze(proposalToAdd()), { fetch: port }));
    expect(data).toEqual(quickFetched({ ShadowAttribute: [proposal('1', '0', 'login-evil.example')] }));
  });

  it.each([[0], [null], ['']])('reads old_id %j as a proposal to add (PHP falsy)', async (oldId) => {
    const raw = { ShadowAttribute: { ...proposal('1', '0', 'x'), old_id: oldId } };
    const data = okData(await convertToCoreFormat(triggerId, raw));
    expect(data).toEqual({ Event: { id: '42', ShadowAttribute: [raw.ShadowAttribute], _AttributeFlattened: [] } });
  });

  it('embeds a proposal to edit in the attribute it edits (fetchAttribute), inside its event', async () => {
    const port = fakePort({ events: { '42': quickFetchEvent() }, attributes: { '101': fetchAttributeDomain() } });
    const attribute = {
      ...domainAttributeFields(),
      Tag: [osint()],
      ShadowAttribute: [proposal('2', '101', 'evil.example.org')],
      _allTags: [...inheritedEventTags(), { ...osint(), inherited: false }],
    };
    const data = okData(await convertToCoreFormat(triggerId, deepFreeze(proposalToEdit()), { fetch: port }));
    expect(data).toEqual(quickFetched({ Attribute: [attribute] }, [attribute]));
    expect(port.calls).toEqual(['attribute:101', 'event:42']);
  });

  it('without a port, embeds a proposal to edit in an attribute known by its id', async () => {
    const attribute = {
      id: '101',
      event_id: '42',
      ShadowAttribute: [proposal('2', '101', 'evil.example.org')],
      _allTags: [],
    };
    expect(okData(await convertToCoreFormat(triggerId, proposalToEdit()))).toEqual({
      Event: { id: '42', Attribute: [attribute], _AttributeFlattened: [attribute] },
    });
  });

  it('gives an empty event when the edited attribute is gone (no event id left, as in MISP)', async () => {
    const port = fakePort({ events: { '42': quickFetchEvent() } });
    expect(okData(await convertToCoreFormat(triggerId, proposalToEdit(), { fetch: port }))).toEqual({
      Event: { _AttributeFlattened: [] },
    });
    expect(port.calls).toEqual(['attribute:101']);
  });

  it.each([[{}], [{ ShadowAttribute: [] }], [{ ShadowAttribute: {} }]])('returns MISP’s false for %j', async (raw) => {
    expect(await convertToCoreFormat(triggerId, raw)).toEqual(invalidInput);
  });
});
