import { MispApiError, createTestContext, fakeMisp, ok, runModule, toManifest } from '@misp-wf/sdk';
import { coreFormatEvent } from '../__fixtures__/misp-event.fixture';
import { addEventblocklistEntry } from './add-eventblocklist-entry.module';

const UUID = 'c99506a6-1255-4b71-afa5-7b8ba48c3b1b';

describe('add_eventblocklist_entry', () => {
  it('blocklists the event with its info, creator organisation and the default comment', async () => {
    const misp = fakeMisp();
    misp.respond('POST /eventBlocklists/add', { result: { successes: [UUID], fails: [] }, message: 'Done. Added 1 new entries to the blocklist. 0 entries could not be saved.' });
    const data = coreFormatEvent();
    const ctx = createTestContext(addEventblocklistEntry, { data, misp });
    await expect(runModule(addEventblocklistEntry, ctx)).resolves.toEqual(ok());
    expect(misp.calls).toEqual([
      { method: 'POST', path: '/eventBlocklists/add', body: { uuids: [UUID], comment: 'Blocked from workflow', event_info: 'Phishing campaign', event_orgc: 'CIRCL' } },
    ]);
    expect(ctx.currentData()).toBe(data);
    expect(ctx.logs).toEqual([]);
  });

  it('reads custom paths with Hash::get and falls back to "unknown" without a creator organisation', async () => {
    const data = { Event: { id: '1' }, Source: { uuid: '11111111-2222-4333-8444-555555555555', title: 'Mirrored' } };
    const ctx = createTestContext(addEventblocklistEntry, {
      params: { uuid_hash_path: 'Source.uuid', eventinfo_hash_path: 'Source.title', block_comment: 'Mirror loop' },
      data,
    });
    await expect(runModule(addEventblocklistEntry, ctx)).resolves.toEqual(ok());
    expect(ctx.misp.calls[0].body).toEqual({ uuids: ['11111111-2222-4333-8444-555555555555'], comment: 'Mirror loop', event_info: 'Mirrored', event_orgc: 'unknown' });
  });

  it('succeeds like MISP when the entry is refused, and logs it', async () => {
    const misp = fakeMisp();
    misp.respond('POST /eventBlocklists/add', { result: { successes: [], fails: [UUID] }, message: 'Done. Added 0 new entries to the blocklist. 1 entries could not be saved.' });
    const ctx = createTestContext(addEventblocklistEntry, { data: coreFormatEvent(), misp });
    await expect(runModule(addEventblocklistEntry, ctx)).resolves.toEqual(ok());
    expect(ctx.logs).toEqual([{ level: 'warn', message: `MISP did not add ${UUID} to the event blocklist (invalid or already blocklisted)` }]);
  });

  it('sends nothing when the uuid path finds no value (wildcards do not apply to Hash::get)', async () => {
    const ctx = createTestContext(addEventblocklistEntry, { params: { uuid_hash_path: 'Event._AttributeFlattened.{n}.uuid' }, data: coreFormatEvent() });
    await expect(runModule(addEventblocklistEntry, ctx)).resolves.toEqual(ok());
    expect(ctx.misp.calls).toEqual([]);
    expect(ctx.logs).toEqual([{ level: 'warn', message: 'No event uuid at "Event._AttributeFlattened.{n}.uuid": nothing was blocklisted' }]);
  });

  it('lets an unreachable MISP fail the node', async () => {
    const misp = fakeMisp();
    misp.respond('POST /eventBlocklists/add', new MispApiError('connect ECONNREFUSED', null, 'temporarily-unavailable'));
    await expect(runModule(addEventblocklistEntry, createTestContext(addEventblocklistEntry, { data: coreFormatEvent(), misp }))).rejects.toThrow('ECONNREFUSED');
  });

  it('declares MISP\'s descriptor', () => {
    const manifest = toManifest(addEventblocklistEntry);
    expect(manifest).toMatchObject({ id: 'add_eventblocklist_entry', version: '0.1.0', icon: 'ban', expect_misp_core_format: true, support_filters: false });
    expect(manifest.params).toEqual([
      expect.objectContaining({ id: 'uuid_hash_path', type: 'hashpath', default: 'Event.uuid', is_sub_selector: true }),
      expect.objectContaining({ id: 'eventinfo_hash_path', type: 'hashpath', default: 'Event.info', is_sub_selector: true }),
      expect.objectContaining({ id: 'block_comment', type: 'input', default: 'Blocked from workflow' }),
    ]);
  });
});
