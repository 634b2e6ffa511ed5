import { Hash } from '@misp-wf/engine';
import { MispApiError, createTestContext, fakeMisp, ok, runModule, toManifest } from '@misp-wf/sdk';
import { coreFormatEvent, mispEventView } from '../__fixtures__/misp-event.fixture';
import { reloadFullEvent } from './reload-full-event.module';

/** Roaming data after some filtering and edits: stale next to what MISP now holds. */
function staleData(): Record<string, unknown> {
  const data = Hash.insert(coreFormatEvent(), 'Event.info', 'old title') as Record<string, unknown>;
  return { ...data, enabledFilters: { A: { selector: 'Event._AttributeFlattened.{n}', path: 'type', operator: 'equals', value: 'md5' } }, _unfilteredData: coreFormatEvent() };
}

describe('reload-full-event', () => {
  it('replaces the roaming data with the event fetched again, converted to core format (filter keys dropped)', async () => {
    const misp = fakeMisp();
    const fresh = Hash.insert(mispEventView(), 'Event.Tag.{n}.local', true);
    misp.respond('GET /events/view/42', fresh);
    const ctx = createTestContext(reloadFullEvent, { data: staleData(), misp, trigger: 'event-publish' });
    await expect(runModule(reloadFullEvent, ctx)).resolves.toEqual(ok());
    expect(misp.calls).toEqual([{ method: 'GET', path: '/events/view/42' }]);
    expect(ctx.currentData()).toEqual(coreFormatEvent(fresh));
    expect(Hash.extract(ctx.currentData(), 'Event._AttributeFlattened.0._allTags.{n}[inherited=true].local')).toEqual([true, true]);
  });

  it('does nothing for a trigger without core format (MISP reads the trigger node\'s misp_core_format)', async () => {
    const data = { User: { id: '3', email: 'a@example.org' } };
    const ctx = createTestContext(reloadFullEvent, { data, trigger: 'user-after-save' });
    await expect(runModule(reloadFullEvent, ctx)).resolves.toEqual(ok());
    expect(ctx.misp.calls).toEqual([]);
    expect(ctx.currentData()).toBe(data);
  });

  it('lets MISP\'s error (e.g. the event was deleted) fail the node', async () => {
    const misp = fakeMisp();
    misp.respond('GET /events/view/42', new MispApiError('Invalid event', 404, 'not-found'));
    const ctx = createTestContext(reloadFullEvent, { data: staleData(), misp, trigger: 'event-after-save' });
    await expect(runModule(reloadFullEvent, ctx)).rejects.toThrow('Invalid event');
  });

  it('keeps the data when the answer cannot be converted', async () => {
    const data = staleData();
    const misp = fakeMisp();
    misp.respond('GET /events/view/42', 'not an event');
    const ctx = createTestContext(reloadFullEvent, { data, misp });
    await expect(runModule(reloadFullEvent, ctx)).resolves.toEqual(ok());
    expect(ctx.currentData()).toBe(data);
  });

  it('declares MISP\'s descriptor', () => {
    expect(toManifest(reloadFullEvent)).toMatchObject({ id: 'reload-full-event', version: '0.1.0', icon: 'sync-alt', expect_misp_core_format: true, support_filters: false, params: [] });
  });
});
