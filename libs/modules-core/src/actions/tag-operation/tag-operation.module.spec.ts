import { Hash } from '@misp-wf/engine';
import { MispApiError, createTestContext, fakeMisp, fail, ok, runModule, toManifest, type ParamValues } from '@misp-wf/sdk';
import { coreFormatEvent } from '../__fixtures__/misp-event.fixture';
import { attributesTagged, eventTagged, filteredBy } from '../__fixtures__/saved-filter.fixture';
import { tagOperation } from './tag-operation.module';

type Params = Partial<ParamValues<NonNullable<typeof tagOperation.params>>>;

const EVENT_UUID = 'c99506a6-1255-4b71-afa5-7b8ba48c3b1b';
const IP_UUID = '0b9a0d0e-1a7f-4d8c-9d52-3c0a6b0b1a01';
const FILENAME_UUID = '0b9a0d0e-1a7f-4d8c-9d52-3c0a6b0b1a04';

function run(params: Params, opts: { data?: Record<string, unknown>; filteredItems?: unknown; misp?: ReturnType<typeof fakeMisp> } = {}) {
  const ctx = createTestContext(tagOperation, { params, data: opts.data ?? coreFormatEvent(), filteredItems: opts.filteredItems, misp: opts.misp });
  return { ctx, result: runModule(tagOperation, ctx) };
}

const names = (data: unknown, path: string) => Hash.extract(data, path);

describe('tag_operation', () => {
  it('adds a local tag to the event by default, and mirrors it in Event.Tag and every _allTags', async () => {
    const { ctx, result } = run({ tags: ['tlp:clear'] });
    await expect(result).resolves.toEqual(ok());
    expect(ctx.misp.calls).toEqual([{ method: 'POST', path: '/tags/attachTagToObject', body: { uuid: EVENT_UUID, tag: 'tlp:clear', local: true } }]);
    const data = ctx.currentData();
    expect(Hash.extract(data, 'Event.Tag.{n}[name=tlp:clear]')).toEqual([{ name: 'tlp:clear', local: true, relationship_type: null }]);
    // Inherited tags come first in _allTags, so the new one goes before the attribute's own TLP:GREEN.
    expect(names(data, 'Event._AttributeFlattened.0._allTags.{n}.name')).toEqual(['tlp:amber', 'misp-workflow:run="allowed"', 'tlp:clear', 'TLP:GREEN']);
    expect(names(data, 'Event.Attribute.0._allTags.{n}.name')).toEqual(['tlp:amber', 'misp-workflow:run="allowed"', 'tlp:clear', 'TLP:GREEN']);
    expect(names(data, 'Event.Object.0.Attribute.1._allTags.{n}[inherited=true].name')).toContain('tlp:clear');
    expect(names(data, 'Event._AttributeFlattened.{n}.Tag.{n}.name')).not.toContain('tlp:clear');
  });

  it('sends global tags with their relationship type', async () => {
    const { ctx, result } = run({ tags: ['tlp:clear', 'adversary:infrastructure-state="active"'], locality: 'global', relationship_type: 'related-to' });
    await expect(result).resolves.toEqual(ok());
    expect(ctx.misp.calls.map((c) => c.body)).toEqual([
      { uuid: EVENT_UUID, tag: 'tlp:clear', local: false, relationship_type: 'related-to' },
      { uuid: EVENT_UUID, tag: 'adversary:infrastructure-state="active"', local: false, relationship_type: 'related-to' },
    ]);
    expect(names(ctx.currentData(), 'Event.Tag.{n}[relationship_type=related-to].name')).toEqual(['tlp:clear', 'adversary:infrastructure-state="active"']);
  });

  it('attaches "any" locality tags as global, as MISP stores !empty(null)', async () => {
    const { ctx, result } = run({ tags: ['x'], locality: 'any' });
    await expect(result).resolves.toEqual(ok());
    expect(ctx.misp.calls[0].body).toMatchObject({ local: false });
  });

  it('tags only the attributes the saved filter selects, in Event.Attribute, Object.Attribute and _AttributeFlattened', async () => {
    const data = coreFormatEvent();
    const filteredItems = filteredBy(data, attributesTagged('pap:red'));
    expect(filteredItems).toEqual({ 3: expect.objectContaining({ id: '104' }) }); // keys preserved, as MISP
    const { ctx, result } = run({ scope: 'attribute', tags: ['ids-removed'] }, { data, filteredItems });
    await expect(result).resolves.toEqual(ok());
    expect(ctx.misp.calls).toEqual([{ method: 'POST', path: '/tags/attachTagToObject', body: { uuid: FILENAME_UUID, tag: 'ids-removed', local: true } }]);
    const after = ctx.currentData();
    expect(names(after, 'Event.Object.0.Attribute.1.Tag.{n}.name')).toEqual(['pap:red', 'ids-removed']);
    expect(names(after, 'Event._AttributeFlattened.3.Tag.{n}.name')).toEqual(['pap:red', 'ids-removed']);
    expect(Hash.extract(after, 'Event._AttributeFlattened.3._allTags.{n}[name=ids-removed]')).toEqual([{ name: 'ids-removed', local: true, relationship_type: null, inherited: false }]);
    expect(names(after, 'Event._AttributeFlattened.0.Tag.{n}.name')).toEqual(['TLP:GREEN']);
    expect(data).toEqual(coreFormatEvent()); // the input was not mutated
  });

  it('without a filter, attribute scope tags every attribute, object attributes included', async () => {
    const { ctx, result } = run({ scope: 'attribute', tags: ['t'] });
    await expect(result).resolves.toEqual(ok());
    expect(ctx.misp.calls.map((c) => (c.body as { uuid: string }).uuid)).toHaveLength(4);
  });

  it('removes only tags of the selected locality (local by default)', async () => {
    const { ctx, result } = run({ action: 'remove', tags: ['tlp:amber', 'misp-workflow:run="allowed"'] });
    await expect(result).resolves.toEqual(ok());
    expect(ctx.misp.calls).toEqual([{ method: 'POST', path: '/tags/removeTagFromObject', body: { uuid: EVENT_UUID, tag: 'misp-workflow:run="allowed"' } }]);
    const data = ctx.currentData();
    expect(names(data, 'Event.Tag.{n}.name')).toEqual(['tlp:amber']);
    expect(names(data, 'Event._AttributeFlattened.0._allTags.{n}.name')).toEqual(['tlp:amber', 'TLP:GREEN']);
  });

  it('removes tags of any locality with "any", matching names case-insensitively like MISP', async () => {
    const { ctx, result } = run({ action: 'remove', locality: 'any', tags: ['TLP:AMBER', 'misp-workflow:run="allowed"'] });
    await expect(result).resolves.toEqual(ok());
    expect(ctx.misp.calls.map((c) => (c.body as { tag: string }).tag)).toEqual(['tlp:amber', 'misp-workflow:run="allowed"']);
    expect(names(ctx.currentData(), 'Event.Tag.{n}.name')).toEqual([]);
  });

  it('fails without a request when none of the tags is attached with that locality', async () => {
    const { ctx, result } = run({ action: 'remove', locality: 'global', tags: ['misp-workflow:run="allowed"', 'absent'] });
    await expect(result).resolves.toEqual(fail('None of the tags is attached'));
    expect(ctx.misp.calls).toEqual([]);
  });

  it('removes an attribute tag from its Tag and _allTags only', async () => {
    const data = coreFormatEvent();
    const { ctx, result } = run({ scope: 'attribute', action: 'remove', locality: 'global', tags: ['TLP:GREEN'] }, { data });
    await expect(result).resolves.toEqual(ok());
    expect(ctx.misp.calls).toEqual([{ method: 'POST', path: '/tags/removeTagFromObject', body: { uuid: IP_UUID, tag: 'TLP:GREEN' } }]);
    expect(names(ctx.currentData(), 'Event.Attribute.0._allTags.{n}.name')).toEqual(['tlp:amber', 'misp-workflow:run="allowed"']);
  });

  it('succeeds when at least one save succeeded, and fails with MISP\'s error when none did', async () => {
    const misp = fakeMisp();
    misp.respond('POST /tags/attachTagToObject', new MispApiError('Could not attach tag', 403, 'configuration-invalid'));
    const partial = run({ scope: 'attribute', tags: ['t'] }, { misp });
    await expect(partial.result).resolves.toEqual(ok());
    expect(names(partial.ctx.currentData(), 'Event._AttributeFlattened.{n}.Tag.{n}[name=t].name')).toHaveLength(3);

    const down = fakeMisp();
    down.respond('POST /tags/attachTagToObject', new MispApiError('MISP unreachable', null, 'temporarily-unavailable'));
    const failed = run({ tags: ['t'] }, { misp: down });
    await expect(failed.result).resolves.toEqual(fail('MISP unreachable', { cause: 'temporarily-unavailable' }));
    expect(failed.ctx.currentData()).toEqual(coreFormatEvent());
  });

  it('fails without a request when no tag is selected', async () => {
    const { ctx, result } = run({});
    await expect(result).resolves.toEqual(fail('No tags selected'));
    expect(ctx.misp.calls).toEqual([]);
  });

  describe('event scope with a saved filter (blueprint "Attach tlp:clear on tlp:white", node 56)', () => {
    it('tags the event when the empty-selector filter keeps it', async () => {
      const data = coreFormatEvent();
      const { ctx, result } = run({ tags: ['tlp:clear'] }, { data, filteredItems: filteredBy(data, eventTagged('tlp:amber')) });
      await expect(result).resolves.toEqual(ok());
      expect(ctx.misp.calls).toHaveLength(1);
    });

    it('does nothing when the filter drops the event', async () => {
      const data = coreFormatEvent();
      const { ctx, result } = run({ tags: ['tlp:clear'] }, { data, filteredItems: filteredBy(data, eventTagged('tlp:white')) });
      await expect(result).resolves.toEqual(fail('No event matched'));
      expect(ctx.misp.calls).toEqual([]);
    });
  });

  it('tags an event without attributes (event-after-save data) when there is no filter', async () => {
    const data = { Event: { id: '5', uuid: '5f1ee3a2-0000-4000-8000-000000000005', info: 'x', Tag: [], Attribute: [], Object: [], _AttributeFlattened: [] } };
    const { ctx, result } = run({ tags: ['t'] }, { data });
    await expect(result).resolves.toEqual(ok());
    expect(ctx.currentData()).toEqual({ Event: { ...data.Event, Tag: [{ name: 't', local: true, relationship_type: null }] } });
  });

  it('declares MISP\'s descriptor', () => {
    const manifest = toManifest(tagOperation);
    expect(manifest).toMatchObject({ id: 'tag_operation', version: '0.2.0', blocking: false, support_filters: true, expect_misp_core_format: true, outputs: 1, icon: 'tags' });
    expect(manifest.params.map((p) => [p.id, p.type, p.default])).toEqual([
      ['scope', 'select', 'event'],
      ['action', 'select', 'add'],
      ['locality', 'select', 'local'],
      ['tags', 'picker', undefined],
      ['relationship_type', 'input', undefined],
    ]);
  });
});
