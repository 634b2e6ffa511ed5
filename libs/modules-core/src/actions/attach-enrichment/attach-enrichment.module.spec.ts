import { Hash } from '@misp-wf/engine';
import { createTestContext, fail, ok, runModule, toManifest } from '@misp-wf/sdk';
import { coreFormatEvent } from '../__fixtures__/misp-event.fixture';
import { filteredBy } from '../__fixtures__/saved-filter.fixture';
import { attachEnrichment } from './attach-enrichment.module';

/** hashlookup's answer for the empty file (misp_standard), trimmed. */
const HASHLOOKUP = { results: { Object: [{ name: 'hashlookup', Attribute: [{ object_relation: 'FileName', type: 'filename', value: 'empty.txt' }] }] } };

const hashes = (data: Record<string, unknown>) =>
  filteredBy(data, { selector: 'Event._AttributeFlattened.{n}', value: 'md5', operator: 'in', path: 'type' });

describe('attach-enrichment', () => {
  it('queries each module for each matching attribute and appends the results everywhere the attribute lives', async () => {
    const data = coreFormatEvent();
    const ctx = createTestContext(attachEnrichment, {
      params: { modules: ['', 'hashlookup'] },
      data,
      filteredItems: hashes(data),
      enrichment: (module) => (module === 'hashlookup' ? HASHLOOKUP : {}),
    });
    await expect(runModule(attachEnrichment, ctx)).resolves.toEqual(ok());
    const md5 = Hash.get(data, 'Event._AttributeFlattened.2');
    expect(ctx.enrichmentCalls).toEqual([
      { module: 'hashlookup', request: { event_id: '42', attribute: md5, md5: 'd41d8cd98f00b204e9800998ecf8427e' } },
    ]);
    const after = ctx.currentData();
    expect(Hash.get(after, 'Event._AttributeFlattened.2.enrichment')).toEqual([HASHLOOKUP.results]);
    expect(Hash.get(after, 'Event.Object.0.Attribute.0.enrichment')).toEqual([HASHLOOKUP.results]);
    expect(Hash.extract(after, 'Event.Attribute.{n}.enrichment')).toEqual([]);
    // The blueprint filter that follows it (node 13 of "Disable to_ids flag…") now selects the attribute.
    const next = filteredBy(after, { selector: 'Event._AttributeFlattened.{n}', value: 'filename', operator: 'equals', path: 'enrichment.{n}.Object.{n}.Attribute.{n}[object_relation=FileName].type' });
    expect(Object.values(next as object).map((a: { id: string }) => a.id)).toEqual(['103']);
  });

  it('appends an error answer as it is, and a second run appends again', async () => {
    const data = coreFormatEvent();
    const error = { error: 'Non existing hash' };
    const first = createTestContext(attachEnrichment, { params: { modules: ['hashlookup'] }, data, filteredItems: hashes(data), enrichment: () => error });
    await runModule(attachEnrichment, first);
    const again = first.currentData();
    const second = createTestContext(attachEnrichment, { params: { modules: ['hashlookup'] }, data: again, filteredItems: hashes(again), enrichment: () => error });
    await expect(runModule(attachEnrichment, second)).resolves.toEqual(ok());
    expect(Hash.get(second.currentData(), 'Event._AttributeFlattened.2.enrichment')).toEqual([error, error]);
    expect(Hash.get(second.enrichmentCalls[0].request, 'attribute.enrichment')).toEqual([error]);
  });

  it('without a filter queries every attribute, legacy key named after the type', async () => {
    const ctx = createTestContext(attachEnrichment, { params: { modules: ['dns', 'mmdb_lookup'] }, data: coreFormatEvent(), enrichment: () => ({ results: [] }) });
    await expect(runModule(attachEnrichment, ctx)).resolves.toEqual(ok());
    expect(ctx.enrichmentCalls.map((c) => [c.module, Object.keys(c.request)[2]])).toEqual([
      ['dns', 'ip-dst'],
      ['mmdb_lookup', 'ip-dst'],
      ['dns', 'domain'],
      ['mmdb_lookup', 'domain'],
      ['dns', 'md5'],
      ['mmdb_lookup', 'md5'],
      ['dns', 'filename'],
      ['mmdb_lookup', 'filename'],
    ]);
    expect(Hash.extract(ctx.currentData(), 'Event._AttributeFlattened.{n}.enrichment')).toHaveLength(4);
  });

  it('succeeds without querying when nothing matches, and fails with MISP\'s message when no module is selected', async () => {
    const quiet = createTestContext(attachEnrichment, { params: { modules: ['hashlookup'] }, data: coreFormatEvent(), filteredItems: [] });
    await expect(runModule(attachEnrichment, quiet)).resolves.toEqual(ok());
    expect(quiet.enrichmentCalls).toEqual([]);
    const none = createTestContext(attachEnrichment, { data: coreFormatEvent() });
    await expect(runModule(attachEnrichment, none)).resolves.toEqual(fail('No enrichmnent module selected'));
  });

  it('lets a transport error of the enrichment service fail the node', async () => {
    const ctx = createTestContext(attachEnrichment, {
      params: { modules: ['hashlookup'] },
      data: coreFormatEvent(),
      enrichment: () => {
        throw new Error('connect ECONNREFUSED 127.0.0.1:6666');
      },
    });
    await expect(runModule(attachEnrichment, ctx)).rejects.toThrow('ECONNREFUSED');
  });

  it('declares MISP\'s descriptor', () => {
    expect(toManifest(attachEnrichment)).toMatchObject({
      id: 'attach-enrichment',
      version: '0.3.0',
      icon: 'asterisk',
      support_filters: true,
      expect_misp_core_format: true,
      params: [{ id: 'modules', type: 'picker', multiple: true, options_source: 'enrichment-modules' }],
    });
  });
});
