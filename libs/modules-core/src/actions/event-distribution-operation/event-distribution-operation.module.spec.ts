import { Hash } from '@misp-wf/engine';
import { MispApiError, createTestContext, fakeMisp, fail, ok, runModule, toManifest } from '@misp-wf/sdk';
import { coreFormatEvent } from '../__fixtures__/misp-event.fixture';
import { eventDistributionOperation } from './event-distribution-operation.module';

describe('Module_event_distribution_operation', () => {
  it('saves the event with "your organisation only" by default and stores the edited event', async () => {
    const data = coreFormatEvent();
    const ctx = createTestContext(eventDistributionOperation, { data });
    await expect(runModule(eventDistributionOperation, ctx)).resolves.toEqual(ok());
    expect(ctx.misp.calls).toEqual([{ method: 'POST', path: '/events/edit/42', body: { Event: { distribution: '0' } } }]);
    expect(Hash.get(ctx.currentData(), 'Event.distribution')).toBe('0');
    // Only the distribution changes in the roaming data, as MISP stores the event it saved.
    expect(ctx.currentData()).toEqual(Hash.insert(data, 'Event.distribution', '0'));
  });

  it('sends the first selected sharing group with distribution 4', async () => {
    const ctx = createTestContext(eventDistributionOperation, { params: { distribution: '4', sharing_group_id: ['3'] }, data: coreFormatEvent() });
    await expect(runModule(eventDistributionOperation, ctx)).resolves.toEqual(ok());
    expect(ctx.misp.calls[0].body).toEqual({ Event: { distribution: '4', sharing_group_id: '3' } });
    expect(Hash.get(ctx.currentData(), 'Event.sharing_group_id')).toBe('3');
  });

  it('keeps the published state with "freeze" by sending it back', async () => {
    const ctx = createTestContext(eventDistributionOperation, { params: { freeze: 'freeze', distribution: '3' }, data: coreFormatEvent() });
    await expect(runModule(eventDistributionOperation, ctx)).resolves.toEqual(ok());
    expect(ctx.misp.calls[0].body).toEqual({ Event: { distribution: '3', published: true } });
  });

  it('leaves an event without attributes alone, as MISP', async () => {
    const ctx = createTestContext(eventDistributionOperation, { data: { Event: { id: '5', Attribute: [], Object: [], _AttributeFlattened: [] } } });
    await expect(runModule(eventDistributionOperation, ctx)).resolves.toEqual(ok());
    expect(ctx.misp.calls).toEqual([]);
  });

  it('fails without a request when distribution 4 has no sharing group', async () => {
    const ctx = createTestContext(eventDistributionOperation, { params: { distribution: '4' }, data: coreFormatEvent() });
    await expect(runModule(eventDistributionOperation, ctx)).resolves.toEqual(fail('No sharing group selected for the "Sharing Group" distribution'));
    expect(ctx.misp.calls).toEqual([]);
  });

  it('lets MISP\'s refusal fail the node and keeps the data', async () => {
    const misp = fakeMisp();
    misp.respond('POST /events/edit/42', new MispApiError('Could not edit Event', 403, 'configuration-invalid'));
    const data = coreFormatEvent();
    const ctx = createTestContext(eventDistributionOperation, { data, misp });
    await expect(runModule(eventDistributionOperation, ctx)).rejects.toThrow('Could not edit Event');
    expect(ctx.currentData()).toBe(data);
  });

  it('declares MISP\'s descriptor', () => {
    const manifest = toManifest(eventDistributionOperation);
    expect(manifest).toMatchObject({ id: 'Module_event_distribution_operation', version: '0.1.0', support_filters: false, expect_misp_core_format: true, outputs: 1 });
    expect(manifest.params.map((p) => [p.id, p.type, p.default])).toEqual([
      ['freeze', 'select', 'modify'],
      ['distribution', 'select', '0'],
      ['sharing_group_id', 'picker', []],
    ]);
    expect(manifest.params[2].display_on).toEqual({ distribution: ['4'] });
  });
});
