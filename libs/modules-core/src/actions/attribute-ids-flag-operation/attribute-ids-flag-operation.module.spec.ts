import { Hash } from '@misp-wf/engine';
import { MispApiError, createTestContext, fakeMisp, fail, ok, runModule, toManifest } from '@misp-wf/sdk';
import { coreFormatEvent } from '../__fixtures__/misp-event.fixture';
import { filteredBy } from '../__fixtures__/saved-filter.fixture';
import { attributeIdsFlagOperation } from './attribute-ids-flag-operation.module';

const md5Only = (data: Record<string, unknown>) => filteredBy(data, { selector: 'Event._AttributeFlattened.{n}', value: 'md5', operator: 'equals', path: 'type' });

describe('attribute_ids_flag_operation', () => {
  it('clears the IDS flag of the matching attributes in MISP and in every copy of the roaming data', async () => {
    const data = coreFormatEvent();
    const ctx = createTestContext(attributeIdsFlagOperation, { params: { action: 'remove' }, data, filteredItems: md5Only(data) });
    await expect(runModule(attributeIdsFlagOperation, ctx)).resolves.toEqual(ok());
    expect(ctx.misp.calls).toEqual([{ method: 'POST', path: '/attributes/edit/103', body: { to_ids: false } }]);
    const after = ctx.currentData();
    for (const path of ['Event._AttributeFlattened.2', 'Event.Object.0.Attribute.0']) {
      expect(Hash.get(after, `${path}.to_ids`)).toBe(false);
      // MISP writes back the attribute it saved, from which it removed the timestamp.
      expect(Hash.check(after, `${path}.timestamp`)).toBe(false);
    }
    expect(Hash.extract(after, 'Event._AttributeFlattened.{n}.to_ids')).toEqual([true, false, false, false]);
    expect(Hash.get(after, 'Event._AttributeFlattened.0')).toBe(Hash.get(data, 'Event._AttributeFlattened.0'));
    expect(Hash.get(data, 'Event._AttributeFlattened.2.to_ids')).toBe(true); // input not mutated
  });

  it('sets the flag on every attribute when there is no filter ("add" is the default)', async () => {
    const ctx = createTestContext(attributeIdsFlagOperation, { data: coreFormatEvent() });
    await expect(runModule(attributeIdsFlagOperation, ctx)).resolves.toEqual(ok());
    expect(ctx.misp.calls.map((c) => [c.path, c.body])).toEqual([
      ['/attributes/edit/101', { to_ids: true }],
      ['/attributes/edit/102', { to_ids: true }],
      ['/attributes/edit/103', { to_ids: true }],
      ['/attributes/edit/104', { to_ids: true }],
    ]);
    expect(Hash.extract(ctx.currentData(), 'Event.Attribute.{n}.to_ids')).toEqual([true, true]);
  });

  it('succeeds when one save did, keeping the refused attribute unchanged and logging MISP\'s refusal', async () => {
    const misp = fakeMisp();
    misp.respond('POST /attributes/edit/102', new MispApiError('Attribute has not been updated', 403, 'configuration-invalid'));
    const ctx = createTestContext(attributeIdsFlagOperation, { params: { action: 'remove' }, data: coreFormatEvent(), misp });
    await expect(runModule(attributeIdsFlagOperation, ctx)).resolves.toEqual(ok());
    expect(Hash.extract(ctx.currentData(), 'Event._AttributeFlattened.{n}.timestamp')).toEqual(['1727776800']);
    expect(ctx.logs).toEqual([{ level: 'warn', message: 'MISP refused a save: Attribute has not been updated' }]);
  });

  it('fails with MISP\'s error when no save succeeded, leaving the data as it was', async () => {
    const misp = fakeMisp();
    misp.respond('POST /attributes/edit/*', new MispApiError('Invalid attribute', 404, 'not-found'));
    const data = coreFormatEvent();
    const ctx = createTestContext(attributeIdsFlagOperation, { data, filteredItems: md5Only(data), misp });
    await expect(runModule(attributeIdsFlagOperation, ctx)).resolves.toEqual(fail('Invalid attribute', { cause: 'not-found' }));
    expect(ctx.currentData()).toBe(data);
  });

  it('fails when no attribute matches (MISP returns false), and does nothing when the selector is invalid', async () => {
    const none = createTestContext(attributeIdsFlagOperation, { data: coreFormatEvent(), filteredItems: [] });
    await expect(runModule(attributeIdsFlagOperation, none)).resolves.toEqual(fail('No attribute matched'));
    const invalid = createTestContext(attributeIdsFlagOperation, { data: coreFormatEvent(), filteredItems: false });
    await expect(runModule(attributeIdsFlagOperation, invalid)).resolves.toEqual(ok());
    expect([...none.misp.calls, ...invalid.misp.calls]).toEqual([]);
  });

  it('declares MISP\'s descriptor', () => {
    expect(toManifest(attributeIdsFlagOperation)).toMatchObject({
      id: 'attribute_ids_flag_operation',
      version: '0.1.0',
      icon: 'edit',
      support_filters: true,
      expect_misp_core_format: true,
      params: [{ id: 'action', label: 'To IDS Flag', default: 'add', options: [{ value: 'add', label: 'Toggle IDS flag' }, { value: 'remove', label: 'Remove IDS flag' }] }],
    });
  });
});
