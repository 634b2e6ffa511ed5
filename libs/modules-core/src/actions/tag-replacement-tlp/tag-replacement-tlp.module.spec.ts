import { Hash } from '@misp-wf/engine';
import { MispApiError, createTestContext, fakeMisp, fail, ok, runModule, toManifest, type ParamValues } from '@misp-wf/sdk';
import { coreFormatEvent, mispEventView } from '../__fixtures__/misp-event.fixture';
import { attributesTagged, filteredBy } from '../__fixtures__/saved-filter.fixture';
import { normaliseTlp, tagReplacementTlp } from './tag-replacement-tlp.module';

type Params = Partial<ParamValues<NonNullable<typeof tagReplacementTlp.params>>>;

const EVENT_UUID = 'c99506a6-1255-4b71-afa5-7b8ba48c3b1b';
const IP_UUID = '0b9a0d0e-1a7f-4d8c-9d52-3c0a6b0b1a01';

/** The fixture with the event tagged `TLP:AMBER` instead of `tlp:amber`. */
function event(): Record<string, unknown> {
  return coreFormatEvent(Hash.insert(mispEventView(), 'Event.Tag.0.name', 'TLP:AMBER'));
}

function run(params: Params, opts: { data?: Record<string, unknown>; filteredItems?: unknown; misp?: ReturnType<typeof fakeMisp> } = {}) {
  const ctx = createTestContext(tagReplacementTlp, { params, data: opts.data ?? event(), filteredItems: opts.filteredItems, misp: opts.misp });
  return { ctx, result: runModule(tagReplacementTlp, ctx) };
}

describe('tag_replacement_tlp', () => {
  // blueprints.md §5.8, checked against MISP's regex.
  it.each<[string, string | undefined]>([
    ['TLP:AMBER', 'tlp:amber'],
    ['TLP: Green', 'tlp:green'],
    ['tlp=red', 'tlp:red'],
    ['tlp-clear', 'tlp:clear'],
    ['misp:tlp="amber"', 'tlp:amber'],
    ['tlp:white', 'tlp:white'],
    ['tlp:amber+strict', 'tlp:amber'],
    ['Traffic Light Protocol: red', undefined],
    ['xtlp:red', undefined],
    ['tlp:unknown', undefined],
    ['PAP:RED', undefined],
    ['tlp\u00a0red', undefined], // PCRE's \s is ASCII
  ])('normalises %p to %p', (tag, expected) => {
    expect(normaliseTlp(tag)).toBe(expected);
  });

  it('adds the normalised event tag locally and keeps the original by default', async () => {
    const { ctx, result } = run({});
    await expect(result).resolves.toEqual(ok());
    expect(ctx.misp.calls).toEqual([{ method: 'POST', path: '/tags/attachTagToObject', body: { uuid: EVENT_UUID, tag: 'tlp:amber', local: true } }]);
    expect(Hash.extract(ctx.currentData(), 'Event.Tag.{n}.name')).toEqual(['TLP:AMBER', 'misp-workflow:run="allowed"', 'tlp:amber']);
  });

  it('with remove_substituted detaches the original (any locality) before attaching the normalised tag globally', async () => {
    const { ctx, result } = run({ scope: 'all', remove_substituted: 'yes', locality: 'global' });
    await expect(result).resolves.toEqual(ok());
    expect(ctx.misp.calls).toEqual([
      { method: 'POST', path: '/tags/removeTagFromObject', body: { uuid: EVENT_UUID, tag: 'TLP:AMBER' } },
      { method: 'POST', path: '/tags/attachTagToObject', body: { uuid: EVENT_UUID, tag: 'tlp:amber', local: false } },
      { method: 'POST', path: '/tags/removeTagFromObject', body: { uuid: IP_UUID, tag: 'TLP:GREEN' } },
      { method: 'POST', path: '/tags/attachTagToObject', body: { uuid: IP_UUID, tag: 'tlp:green', local: false } },
    ]);
    const data = ctx.currentData();
    expect(Hash.extract(data, 'Event.Tag.{n}.name')).toEqual(['misp-workflow:run="allowed"', 'tlp:amber']);
    expect(Hash.extract(data, 'Event.Attribute.0.Tag.{n}.name')).toEqual(['tlp:green']);
    expect(Hash.extract(data, 'Event._AttributeFlattened.0._allTags.{n}.name')).toEqual(['misp-workflow:run="allowed"', 'tlp:amber', 'tlp:green']);
  });

  it('at attribute scope only looks at the attributes\' own tags, not the inherited event tags', async () => {
    const { ctx, result } = run({ scope: 'attribute' });
    await expect(result).resolves.toEqual(ok());
    expect(ctx.misp.calls.map((c) => c.body)).toEqual([{ uuid: IP_UUID, tag: 'tlp:green', local: true }]);
  });

  it('acts on the attributes a saved filter selects (MISP finds no Event in them and does nothing: divergence)', async () => {
    const data = event();
    const { ctx, result } = run({ scope: 'all' }, { data, filteredItems: filteredBy(data, attributesTagged('TLP:GREEN')) });
    await expect(result).resolves.toEqual(ok());
    expect(ctx.misp.calls.map((c) => c.body)).toEqual([{ uuid: IP_UUID, tag: 'tlp:green', local: true }]);
  });

  it('succeeds without a request when no tag needs normalising', async () => {
    const { ctx, result } = run({}, { data: coreFormatEvent() });
    await expect(result).resolves.toEqual(ok());
    expect(ctx.misp.calls.map((c) => c.body)).toEqual([{ uuid: EVENT_UUID, tag: 'tlp:amber', local: true }]); // tlp:amber is re-attached: already there
    const clean = { Event: { id: '1', uuid: EVENT_UUID, Tag: [{ name: 'foo' }], Attribute: [], Object: [], _AttributeFlattened: [] } };
    const idle = run({ scope: 'all' }, { data: clean });
    await expect(idle.result).resolves.toEqual(ok());
    expect(idle.ctx.misp.calls).toEqual([]);
  });

  it('fails with MISP\'s error when every save failed', async () => {
    const misp = fakeMisp();
    misp.respond('POST /tags/attachTagToObject', new MispApiError('Invalid Tag. This tag can only be set as a local tag.', 403, 'configuration-invalid'));
    const { ctx, result } = run({ locality: 'global' }, { misp });
    await expect(result).resolves.toEqual(fail('Invalid Tag. This tag can only be set as a local tag.', { cause: 'configuration-invalid' }));
    expect(ctx.currentData()).toEqual(event());
  });

  it('declares MISP\'s descriptor', () => {
    const manifest = toManifest(tagReplacementTlp);
    expect(manifest).toMatchObject({ id: 'tag_replacement_tlp', name: 'Tag Replacement - TLP', version: '0.1.0', support_filters: true, expect_misp_core_format: true });
    expect(manifest.params.map((p) => [p.id, p.default, p.options?.map((o) => o.value)])).toEqual([
      ['scope', 'event', ['event', 'attribute', 'all']],
      ['remove_substituted', 'no', ['no', 'yes']],
      ['locality', 'local', ['local', 'global']],
      ['relationship_type', undefined, undefined],
    ]);
  });
});
