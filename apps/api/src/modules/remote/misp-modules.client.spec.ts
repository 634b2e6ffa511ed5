// eslint-disable-next-line @nx/enforce-module-boundaries -- the misp-modules stand-in is test tooling, served over real HTTP
import { createMispModulesServer, defaultModules, type MispModulesServer } from '../../../../../tools/misp-modules-server';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SettingsService } from '../../settings/settings.service';
import { MispModulesClient } from './misp-modules.client';

/** Just the two reads the client makes, over a plain map. */
function settingsOf(values: Record<string, unknown>): SettingsService {
  return { getMap: async () => ({ ...values }), get: async (name: string) => values[name] } as unknown as SettingsService;
}

describe('MispModulesClient: the cached /modules list', () => {
  let server: MispModulesServer;
  let values: Record<string, unknown>;
  let client: MispModulesClient;
  let now: number;
  const listCalls = () => server.requests.filter((r) => r.path === '/modules').length;
  const names = (actions: unknown[]) => actions.map((a) => (a as { name: string }).name);

  beforeAll(async () => {
    server = await createMispModulesServer();
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.reset();
    now = 1_000_000;
    jest.spyOn(Date, 'now').mockImplementation(() => now);
    values = { 'Plugin.Action_services_enable': true, 'Plugin.Action_services_url': 'http://127.0.0.1/', 'Plugin.Action_services_port': server.port, 'Plugin.Action_timeout': 10 };
    client = new MispModulesClient(settingsOf(values));
  });
  afterEach(() => jest.restoreAllMocks());

  it('is empty and asks nothing while the action services are disabled', async () => {
    values['Plugin.Action_services_enable'] = false;
    expect(await client.snapshot()).toEqual({ enabled: false, url: null, actions: [], error: null, fetchedAt: null });
    expect(server.requests).toEqual([]);
  });

  it('keeps only action modules, and serves later reads from the cache', async () => {
    const first = await client.snapshot();
    expect(first).toMatchObject({ enabled: true, url: server.url, error: null });
    expect(names(first.actions)).toEqual(['mattermost', 'testaction', 'blockaction']);
    expect(await client.snapshot()).toBe(first);
    expect(listCalls()).toBe(1);
  });

  it('after the TTL answers from the cache at once and refreshes in the background', async () => {
    const first = await client.snapshot();
    now += 61_000;
    expect(await client.snapshot()).toBe(first);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(listCalls()).toBe(2);
    const second = await client.snapshot();
    expect(second).not.toBe(first);
    expect(names(second.actions)).toEqual(names(first.actions));
  });

  it('keeps the last list when a refresh fails, with the error, and retries sooner', async () => {
    await client.snapshot();
    server.failNext({ status: 503 });
    const failed = await client.refresh();
    expect(failed).toMatchObject({ error: `Could not list the modules of ${server.url}: HTTP 503` });
    expect(names(failed.actions)).toHaveLength(3);
    now += 11_000;
    await client.snapshot();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await client.snapshot()).error).toBeNull();
    expect(listCalls()).toBe(3);
  });

  it('gives up on /modules after 1 s, like MISP', async () => {
    server.failNext({ hangMs: 3_000 });
    const started = performance.now();
    const snapshot = await client.snapshot();
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(snapshot).toMatchObject({ actions: [], error: `Could not list the modules of ${server.url}: no answer within 1 s` });
  });

  it('asks the new server at once when the URL changes', async () => {
    await client.snapshot();
    const other = await createMispModulesServer({ modules: defaultModules().filter((m) => m.descriptor.name === 'testaction') });
    try {
      values['Plugin.Action_services_port'] = other.port;
      expect(names((await client.snapshot()).actions)).toEqual(['testaction']);
    } finally {
      await other.close();
    }
  });

  it('reports what went wrong on /query: status, non-JSON answer, unreachable server', async () => {
    expect(await client.query({ module: 'testaction', data: {} })).toEqual({ ok: true, body: { data: true } });
    server.failNext({ status: 500 });
    expect(await client.query({ module: 'testaction' })).toEqual({ ok: false, reason: `HTTP 500 from ${server.url}/query` });
    const garbage = createServer((_req, res) => res.end('<html>maintenance</html>'));
    await new Promise<void>((resolve) => garbage.listen(0, '127.0.0.1', resolve));
    const port = (garbage.address() as AddressInfo).port;
    values['Plugin.Action_services_port'] = port;
    expect(await client.query({ module: 'testaction' })).toEqual({ ok: false, reason: `the answer of http://127.0.0.1:${port}/query is not JSON` });
    await new Promise((resolve) => garbage.close(resolve));
    // Nothing listens there any more.
    expect(await client.query({ module: 'testaction' })).toEqual({ ok: false, reason: expect.stringMatching(new RegExp(`^http://127\\.0\\.0\\.1:${port}/query: fetch failed \\(.*ECONNREFUSED.*\\)$`)) });
  });
});
