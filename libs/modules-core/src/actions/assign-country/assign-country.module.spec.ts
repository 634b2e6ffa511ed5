import { Hash } from '@misp-wf/engine';
import { MispApiError, createTestContext, fakeMisp, fail, ok, runModule, toManifest, type ParamValues } from '@misp-wf/sdk';
import { withAttribute } from '../../shared/roaming-records';
import { coreFormatEvent } from '../__fixtures__/misp-event.fixture';
import { filteredBy } from '../__fixtures__/saved-filter.fixture';
import { assignCountry } from './assign-country.module';

type Params = Partial<ParamValues<NonNullable<typeof assignCountry.params>>>;

const IP_UUID = '0b9a0d0e-1a7f-4d8c-9d52-3c0a6b0b1a01';
const DOMAIN_UUID = '0b9a0d0e-1a7f-4d8c-9d52-3c0a6b0b1a02';
const BELGIUM = 'misp-galaxy:country="belgium"';

/** Enrichment results as attach-enrichment leaves them: mmdb_lookup's geolocation object, and a legacy answer. */
function enrichedEvent(): Record<string, unknown> {
  const geolocation = { Object: [{ name: 'geolocation', Attribute: [{ object_relation: 'country', type: 'text', value: 'Belgium' }] }] };
  const legacy = [{ types: ['text'], values: ['France'] }];
  const data = withAttribute(coreFormatEvent(), '101', (a) => ({ ...a, enrichment: [geolocation] }));
  return withAttribute(data, '102', (a) => ({ ...a, enrichment: [legacy] }));
}

function mispWithCountries() {
  const misp = fakeMisp();
  misp.respond('POST /galaxies/index', [{ Galaxy: { id: '3', name: 'Country of origin' } }, { Galaxy: { id: '12', name: 'Country', type: 'country' } }]);
  misp.respond('GET /galaxies/view/12', {
    Galaxy: { id: '12', name: 'Country' },
    GalaxyCluster: [
      { value: 'belgium', tag_name: BELGIUM },
      { value: 'france', tag_name: 'misp-galaxy:country="france"' },
    ],
  });
  return misp;
}

function run(params: Params, opts: { data?: Record<string, unknown>; filteredItems?: unknown; misp?: ReturnType<typeof fakeMisp> } = {}) {
  const ctx = createTestContext(assignCountry, { params, data: opts.data ?? enrichedEvent(), filteredItems: opts.filteredItems, misp: opts.misp ?? mispWithCountries() });
  return { ctx, result: runModule(assignCountry, ctx) };
}

describe('assign_country', () => {
  it('tags each attribute with the country cluster of its own enrichment (default path reads legacy results)', async () => {
    const { ctx, result } = run({ scope: 'attribute' });
    await expect(result).resolves.toEqual(ok());
    expect(ctx.misp.calls).toEqual([
      { method: 'POST', path: '/galaxies/index', body: { value: 'Country' } },
      { method: 'GET', path: '/galaxies/view/12', body: undefined },
      { method: 'POST', path: '/tags/attachTagToObject', body: { uuid: DOMAIN_UUID, tag: 'misp-galaxy:country="france"', local: true } },
    ]);
    expect(Hash.extract(ctx.currentData(), 'Event.Attribute.1.Tag.{n}.name')).toEqual(['misp-galaxy:country="france"']);
  });

  it('reads mmdb_lookup objects with the blueprint\'s path, globally, only on the filtered attributes', async () => {
    const data = enrichedEvent();
    const path = 'enrichment.{n}.Object.0.Attribute.{n}[object_relation=country].value';
    const filteredItems = filteredBy(data, { selector: 'Event._AttributeFlattened.{n}', value: 'geolocation', operator: 'in', path: 'enrichment.{n}.Object.0.name' });
    const { ctx, result } = run({ scope: 'attribute', hash_path: path, locality: 'global' }, { data, filteredItems });
    await expect(result).resolves.toEqual(ok());
    expect(ctx.misp.calls.slice(2)).toEqual([{ method: 'POST', path: '/tags/attachTagToObject', body: { uuid: IP_UUID, tag: BELGIUM, local: false } }]);
    expect(Hash.extract(ctx.currentData(), 'Event._AttributeFlattened.0.Tag.{n}.name')).toEqual(['TLP:GREEN', BELGIUM]);
  });

  it('at event scope extracts from the whole data and tags the event with every country found', async () => {
    const { ctx, result } = run({ hash_path: 'Event._AttributeFlattened.{n}.enrichment.{n}.{n}.values.0' });
    await expect(result).resolves.toEqual(ok());
    expect(ctx.misp.calls.slice(2).map((c) => c.body)).toEqual([{ uuid: 'c99506a6-1255-4b71-afa5-7b8ba48c3b1b', tag: 'misp-galaxy:country="france"', local: true }]);
  });

  it('fails without asking MISP when nothing was extracted (MISP attaches no tag and returns false)', async () => {
    const { ctx, result } = run({ scope: 'attribute' }, { data: coreFormatEvent() });
    await expect(result).resolves.toEqual(fail('No Country galaxy cluster matches the extracted values'));
    expect(ctx.misp.calls).toEqual([]);
  });

  it('fails when a country is no cluster value (no arbitrary tag is created)', async () => {
    const data = withAttribute(coreFormatEvent(), '101', (a) => ({ ...a, enrichment: [[{ values: ['Atlantis'] }]] }));
    const { ctx, result } = run({ scope: 'attribute' }, { data });
    await expect(result).resolves.toEqual(fail('No Country galaxy cluster matches the extracted values'));
    expect(ctx.misp.calls.map((c) => c.path)).toEqual(['/galaxies/index', '/galaxies/view/12']);
  });

  it('fails with a configuration error when MISP has no Country galaxy', async () => {
    const misp = fakeMisp();
    misp.respond('POST /galaxies/index', []);
    await expect(run({ scope: 'attribute' }, { misp }).result).resolves.toEqual(fail('MISP has no Country galaxy', { cause: 'configuration-invalid' }));
  });

  it('lets a MISP error of the cluster lookup fail the node', async () => {
    const misp = fakeMisp();
    misp.respond('POST /galaxies/index', new MispApiError('Authentication failed.', 401, 'credential-invalid'));
    await expect(run({ scope: 'attribute' }, { misp }).result).rejects.toThrow('Authentication failed.');
  });

  it('refuses an empty hash path', async () => {
    await expect(run({ hash_path: '' }).result).resolves.toEqual(fail('No country hash path set'));
  });

  it('declares MISP\'s descriptor', () => {
    const manifest = toManifest(assignCountry);
    expect(manifest).toMatchObject({ id: 'assign_country', version: '0.2.0', icon: 'globe', support_filters: true, expect_misp_core_format: true });
    expect(manifest.params.map((p) => [p.id, p.type, p.default])).toEqual([
      ['scope', 'select', 'event'],
      ['hash_path', 'input', 'enrichment.{n}.{n}.values.0'],
      ['locality', 'select', 'local'],
      ['galaxy_name', 'select', undefined],
      ['relationship_type', 'input', undefined],
    ]);
  });
});
