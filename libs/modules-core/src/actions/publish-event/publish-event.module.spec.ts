import { MispApiError, createTestContext, fakeMisp, fail, ok, runModule, toManifest } from '@misp-wf/sdk';
import { coreFormatEvent } from '../__fixtures__/misp-event.fixture';
import { publishEvent } from './publish-event.module';

describe('publish-event', () => {
  it('publishes Event.id without e-mail and leaves the roaming data as it is', async () => {
    const misp = fakeMisp();
    misp.respond('POST /events/publish/42', { name: 'Publish', message: 'Event published without alerts', url: '/events/publish/42', id: '42' });
    const data = coreFormatEvent();
    const ctx = createTestContext(publishEvent, { data, misp });
    await expect(runModule(publishEvent, ctx)).resolves.toEqual(ok());
    expect(misp.calls).toEqual([{ method: 'POST', path: '/events/publish/42' }]);
    expect(ctx.currentData()).toBe(data);
  });

  it('fails with MISP\'s refusal (e.g. a blocking event-publish workflow)', async () => {
    const misp = fakeMisp();
    misp.respond('POST /events/publish/42', new MispApiError('Could not publish Event', 403, 'configuration-invalid'));
    await expect(runModule(publishEvent, createTestContext(publishEvent, { data: coreFormatEvent(), misp }))).rejects.toThrow('Could not publish Event');
  });

  it('fails without a request when the data has no event id', async () => {
    const ctx = createTestContext(publishEvent, { data: { User: { id: '1' } } });
    await expect(runModule(publishEvent, ctx)).resolves.toEqual(fail('The roaming data has no Event.id'));
    expect(ctx.misp.calls).toEqual([]);
  });

  it('declares MISP\'s descriptor', () => {
    expect(toManifest(publishEvent)).toMatchObject({ id: 'publish-event', name: 'Publish Event', version: '0.1.0', icon: 'upload', support_filters: false, expect_misp_core_format: false, params: [] });
  });
});
