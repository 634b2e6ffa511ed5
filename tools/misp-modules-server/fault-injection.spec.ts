import { createMispModulesServer, type MispModulesServer } from './misp-modules-server';

let server: MispModulesServer;

beforeAll(async () => {
  server = await createMispModulesServer();
});

afterAll(() => server.close());

afterEach(() => server.reset());

const post = (body: string, init: RequestInit = {}) =>
  fetch(`${server.url}/query?source=test`, { method: 'POST', body, headers: { 'Content-Type': 'application/json', 'X-Test': 'yes' }, ...init });

describe('fault injection', () => {
  it('failNext({ status }) answers that status once, then serves normally', async () => {
    server.failNext({ status: 503 });
    const failed = await fetch(`${server.url}/modules`);
    expect(failed.status).toBe(503);
    expect(await failed.text()).toBe('<html><title>503: Service Unavailable</title><body>503: Service Unavailable</body></html>');
    expect((await fetch(`${server.url}/modules`)).status).toBe(200);
  });

  it('failNext() defaults to a 500', async () => {
    server.failNext();
    expect((await fetch(`${server.url}/healthcheck`)).status).toBe(500);
  });

  it('queues faults in order', async () => {
    server.failNext({ status: 502 });
    server.failNext({ status: 504 });
    expect((await fetch(`${server.url}/healthcheck`)).status).toBe(502);
    expect((await fetch(`${server.url}/healthcheck`)).status).toBe(504);
    expect((await fetch(`${server.url}/healthcheck`)).status).toBe(200);
  });

  it('failNext({ hangMs }) delays the normal answer', async () => {
    server.failNext({ hangMs: 150 });
    const started = Date.now();
    const res = await post('{"module":"testaction"}');
    expect(await res.text()).toBe('{"data":true}');
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('a hang longer than the client timeout makes the client give up (like MISP\'s 1 s /modules timeout)', async () => {
    server.failNext({ hangMs: 5_000 });
    await expect(fetch(`${server.url}/modules`, { signal: AbortSignal.timeout(100) })).rejects.toThrow(/abort|timeout/i);
    expect((await fetch(`${server.url}/healthcheck`)).status).toBe(200);
  });

  it('failNext({ closeSocket }) drops the connection without an answer', async () => {
    server.failNext({ closeSocket: true });
    await expect(post('{"module":"testaction"}')).rejects.toThrow(/fetch failed/);
    expect((await post('{"module":"testaction"}')).status).toBe(200);
  });

  it('combines hangMs with a status', async () => {
    server.failNext({ hangMs: 50, status: 500 });
    const started = Date.now();
    expect((await fetch(`${server.url}/healthcheck`)).status).toBe(500);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });

  it('close() does not wait for hanging requests', async () => {
    const other = await createMispModulesServer();
    other.failNext({ hangMs: 60_000 });
    const pending = fetch(`${other.url}/modules`).catch((error: Error) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await other.close();
    // fetch's TypeError comes from another realm than Jest's, so compare the message, not the class.
    expect(await pending).toMatchObject({ message: 'fetch failed' });
  });
});

describe('recording', () => {
  it('records method, path, query, headers, raw and decoded body of every request', async () => {
    await post('{"module":"testaction","data":{"x":1}}');
    await fetch(`${server.url}/modules`);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[0]).toMatchObject({
      method: 'POST',
      path: '/query',
      query: { source: 'test' },
      rawBody: '{"module":"testaction","data":{"x":1}}',
      body: { module: 'testaction', data: { x: 1 } },
    });
    expect(server.requests[0].headers['x-test']).toBe('yes');
    expect(Number.isNaN(Date.parse(server.requests[0].receivedAt))).toBe(false);
    expect(server.requests[1]).toMatchObject({ method: 'GET', path: '/modules', rawBody: '' });
    expect(server.requests[1]).not.toHaveProperty('body');
  });

  it('records bodies that are not JSON and requests that met a fault', async () => {
    await post('not json');
    server.failNext({ status: 503 });
    await fetch(`${server.url}/healthcheck`);
    expect(server.requests[0]).toMatchObject({ rawBody: 'not json' });
    expect(server.requests[0]).not.toHaveProperty('body');
    expect(server.requests[1]).toMatchObject({ path: '/healthcheck', fault: { status: 503 } });
  });

  it('reset() forgets requests, notifications and pending faults', async () => {
    server.failNext({ status: 500 });
    await post('{"module":"testaction"}');
    server.failNext({ status: 500 });
    server.reset();
    expect(server.requests).toEqual([]);
    expect((await fetch(`${server.url}/healthcheck`)).status).toBe(200);
  });
});
