import { Hash } from '@misp-wf/engine';
import { MispApiError, createTestContext, fakeMisp, fail, ok, runModule, toManifest } from '@misp-wf/sdk';
import { withAttribute } from '../../shared/roaming-records';
import { coreFormatEvent } from '../__fixtures__/misp-event.fixture';
import { attributesTagged, filteredBy } from '../__fixtures__/saved-filter.fixture';
import { attachWarninglist } from './attach-warninglist.module';

const RESOLVERS = { id: '17', name: 'List of known IPv4 public DNS resolvers' };
const DOMAINS = { id: '31', name: 'Top 1000 website from Alexa' };

/** MISP answering checkValue with 8.8.8.8 on the resolvers list, evil.example on a domain list. */
function misp() {
  const client = fakeMisp();
  client.respond('POST /warninglists/checkValue', { '8.8.8.8': [{ ...RESOLVERS, matched: '8.8.8.8/32' }], 'evil.example': [{ ...DOMAINS, matched: 'evil.example' }] });
  client.respond('GET /warninglists/view/17', { Warninglist: { ...RESOLVERS, type: 'cidr', category: 'false_positive', WarninglistType: [{ type: 'ip-src' }, { type: 'ip-dst' }, { type: 'domain|ip' }] } });
  client.respond('GET /warninglists/view/31', { Warninglist: { ...DOMAINS, type: 'hostname', category: 'known', WarninglistType: [{ type: 'hostname' }] } });
  return client;
}

describe('attach-warninglist', () => {
  it('attaches the hits of every enabled list to the attributes, and the lists hit to Event.warnings', async () => {
    const ctx = createTestContext(attachWarninglist, { data: coreFormatEvent(), misp: misp() });
    await expect(runModule(attachWarninglist, ctx)).resolves.toEqual(ok());
    expect(ctx.misp.calls).toEqual([
      { method: 'POST', path: '/warninglists/checkValue', body: ['8.8.8.8', 'evil.example', 'd41d8cd98f00b204e9800998ecf8427e', 'invoice.exe'] },
      { method: 'GET', path: '/warninglists/view/17', body: undefined },
      { method: 'GET', path: '/warninglists/view/31', body: undefined },
    ]);
    const data = ctx.currentData();
    const warning = { value: '8.8.8.8', match: '8.8.8.8/32', warninglist_id: '17', warninglist_name: RESOLVERS.name, warninglist_category: 'false_positive' };
    expect(Hash.get(data, 'Event._AttributeFlattened.0.warnings')).toEqual([warning]);
    expect(Hash.get(data, 'Event.Attribute.0.warnings')).toEqual([warning]);
    // The domain list only applies to hostnames, as MISP's checkForWarning filters lists by attribute type.
    expect(Hash.get(data, 'Event._AttributeFlattened.1.warnings')).toBeNull();
    expect(Hash.get(data, 'Event.warnings')).toEqual([{ id: '17', name: RESOLVERS.name, category: 'false_positive' }]);
    // What the blueprint "Remove automation flag from false-positive tripping over warninglist" filters on next.
    const next = filteredBy(data, { selector: 'Event._AttributeFlattened.{n}', value: 'false_positive', operator: 'in', path: 'warnings.{n}.warninglist_category' });
    expect(Object.values(next as object).map((a: { id: string }) => a.id)).toEqual(['101']);
  });

  it('keeps only the selected lists', async () => {
    const ctx = createTestContext(attachWarninglist, { params: { warninglists: [DOMAINS.name] }, data: coreFormatEvent(), misp: misp() });
    await expect(runModule(attachWarninglist, ctx)).resolves.toEqual(ok());
    expect(Hash.extract(ctx.currentData(), 'Event._AttributeFlattened.{n}.warnings')).toEqual([]);
    expect(Hash.get(ctx.currentData(), 'Event.warnings')).toEqual([]);
  });

  it('checks both halves of composite values and appends to earlier warnings', async () => {
    const earlier = { value: 'x', match: 'x', warninglist_id: '2', warninglist_name: 'other', warninglist_category: 'known' };
    const data = withAttribute(coreFormatEvent(), '101', (a) => ({ ...a, type: 'domain|ip', value: 'dns.google|8.8.8.8', warnings: [earlier] }));
    const client = misp();
    const ctx = createTestContext(attachWarninglist, { data, misp: client, filteredItems: filteredBy(data, attributesTagged('TLP:GREEN')) });
    await expect(runModule(attachWarninglist, ctx)).resolves.toEqual(ok());
    expect(client.calls[0].body).toEqual(['dns.google', '8.8.8.8']);
    expect(Hash.extract(ctx.currentData(), 'Event.Attribute.0.warnings.{n}.warninglist_id')).toEqual(['2', '17']);
  });

  it('answers [] when nothing matches (PHP empty array) and leaves every attribute untouched', async () => {
    const client = fakeMisp();
    client.respond('POST /warninglists/checkValue', []);
    const data = coreFormatEvent();
    const ctx = createTestContext(attachWarninglist, { data, misp: client });
    await expect(runModule(attachWarninglist, ctx)).resolves.toEqual(ok());
    expect(client.calls).toHaveLength(1);
    expect(ctx.currentData()).toEqual({ ...data, Event: { ...(data['Event'] as object), warnings: [] } });
  });

  it('fails with MISP\'s message when no list is selected, and lets a MISP error fail the node', async () => {
    const none = createTestContext(attachWarninglist, { params: { warninglists: [] }, data: coreFormatEvent() });
    await expect(runModule(attachWarninglist, none)).resolves.toEqual(fail('No warninglist module selected'));
    const client = fakeMisp();
    client.respond('POST /warninglists/checkValue', new MispApiError('Service Unavailable', 503, 'temporarily-unavailable'));
    await expect(runModule(attachWarninglist, createTestContext(attachWarninglist, { data: coreFormatEvent(), misp: client }))).rejects.toThrow('Service Unavailable');
  });

  it('declares MISP\'s descriptor', () => {
    expect(toManifest(attachWarninglist)).toMatchObject({
      id: 'attach-warninglist',
      version: '0.2.0',
      icon: 'exclamation-triangle',
      support_filters: true,
      expect_misp_core_format: true,
      params: [{ id: 'warninglists', type: 'picker', default: ['ALL'], options: [{ value: 'ALL', label: 'ALL' }], options_source: 'warninglists' }],
    });
  });
});
