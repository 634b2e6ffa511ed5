import { fetchEventLayout } from './__fixtures__/misp-event';
import { deepFreeze, fakePort, okData } from './__fixtures__/test-helpers';
import {
  attributeTagAttached,
  enrichmentOnAttribute,
  eventBeforeSave,
  eventReportAfterSave,
  fetchAttributeIp,
  fetchAttributeSha256,
  logAfterSave,
  objectAfterSave,
  postAfterSave,
  proposalToAdd,
  proposalToEdit,
  quickFetchEvent,
  sightingAfterSave,
  threadRow,
  userFields,
} from './__fixtures__/trigger-payloads';
import { convertToCoreFormat } from './convert-to-core-format';
import { TRIGGER_IDS } from './trigger-definitions';

const payloads: Record<(typeof TRIGGER_IDS)[number], () => Record<string, unknown>> = {
  'event-before-save': eventBeforeSave,
  'event-after-save': quickFetchEvent,
  'event-after-save-new': fetchEventLayout,
  'event-after-save-new-from-pull': fetchEventLayout,
  'event-publish': fetchEventLayout,
  'attribute-after-save': fetchAttributeSha256,
  'object-after-save': objectAfterSave,
  'event-report-after-save': eventReportAfterSave,
  'shadow-attribute-before-save': proposalToEdit,
  'shadow-attribute-after-save': proposalToAdd,
  'sighting-after-save': sightingAfterSave,
  'tag-attached-after-save': attributeTagAttached,
  'post-after-save': postAfterSave,
  'user-before-save': userFields,
  'user-after-save': userFields,
  'log-after-save': logAfterSave,
  'enrichment-before-query': enrichmentOnAttribute,
};

/** Port answers are frozen too: the converter must not write to what MISP returned either. */
const frozenPort = () =>
  fakePort(
    deepFreeze({
      events: { '42': quickFetchEvent() },
      attributes: { '100': fetchAttributeIp(), '101': fetchAttributeIp(), '103': fetchAttributeSha256() },
      objects: { '7': { Object: fetchAttributeSha256()['Object'] } },
      threads: { '2': threadRow() },
    }),
  );

describe.each(TRIGGER_IDS.map((id) => [id]))('%s: never mutates its input', (triggerId) => {
  it.each([
    ['without a port', undefined],
    ['with a port', frozenPort],
  ])('converts deep-frozen data %s and leaves it unchanged', async (_label, makePort) => {
    const raw = deepFreeze(payloads[triggerId]());
    const snapshot = structuredClone(raw);
    const result = await convertToCoreFormat(triggerId, raw, { fetch: makePort?.() });
    expect(okData(result)).toBeDefined();
    expect(raw).toEqual(snapshot);
  });
});
