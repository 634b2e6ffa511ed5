import { convertedFetchEvent, viewFormatEvent } from './__fixtures__/expected-event';
import { eventRow, fetchEventLayout, org } from './__fixtures__/misp-event';
import { sofacyTag, tlpAmber } from './__fixtures__/misp-tags';
import { deepFreeze, fakePort, okData } from './__fixtures__/test-helpers';
import { eventBeforeSave, quickFetchEvent } from './__fixtures__/trigger-payloads';
import { convertToCoreFormat } from './convert-to-core-format';

describe('event-before-save', () => {
  it('converts the pending event fields, dropping user_id and keeping numbers as given', async () => {
    const fields = Object.entries(eventBeforeSave()['Event'] as object).filter(([key]) => key !== 'user_id');
    const data = okData(await convertToCoreFormat('event-before-save', deepFreeze(eventBeforeSave())));
    expect(data).toEqual({ Event: { ...Object.fromEntries(fields), _AttributeFlattened: [] } });
    expect(data).toHaveProperty(['Event', 'published'], 0);
  });

  it('fetches nothing even when a port is given (event scope needs no re-fetch)', async () => {
    const port = fakePort({});
    await convertToCoreFormat('event-before-save', eventBeforeSave(), { fetch: port });
    expect(port.calls).toEqual([]);
  });
});

describe('event-after-save', () => {
  it('converts quickFetchEvent: Orgc moved under Event, EventTag links become Event.Tag', async () => {
    expect(okData(await convertToCoreFormat('event-after-save', deepFreeze(quickFetchEvent())))).toEqual({
      Event: { ...eventRow(), Orgc: org(), Tag: [tlpAmber(), sofacyTag()], _AttributeFlattened: [] },
    });
  });
});

describe.each([['event-after-save-new'], ['event-after-save-new-from-pull'], ['event-publish']])('%s', (triggerId) => {
  it.each([
    ['fetchEvent layout (what MISP passes)', fetchEventLayout],
    ['events/view layout', () => ({ Event: viewFormatEvent()['Event'] })],
    ['restSearch response', () => ({ response: [{ Event: viewFormatEvent()['Event'] }] })],
  ])('converts the full event from the %s', async (_label, build) => {
    expect(okData(await convertToCoreFormat(triggerId, deepFreeze(build())))).toEqual(convertedFetchEvent());
  });
});
