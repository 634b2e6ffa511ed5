import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { HttpRequestError } from '@misp-wf/sdk';
// eslint-disable-next-line @nx/enforce-module-boundaries -- a throwaway self-signed certificate from the test tooling
import { SELF_SIGNED_TLS } from '../../../../../tools/misp-simulator';
import { DispatcherPool } from '../transport/dispatcher-pool';
import { allowedOrigins } from './allowed-origins';
import { GuardedHttpClient, type HttpGuard } from './guarded-http-client';

type Seen = { method: string; url: string; headers: IncomingMessage['headers']; body: string };

/** A small target server: echo, slow, big (streamed or declared), redirect; records what it received. */
function routes(seen: Seen[], streamed: { closedEarly: boolean; chunksSent: number }) {
  return (req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      if (req.url === '/slow') {
        setTimeout(() => res.end('late'), 1_000).unref();
        return;
      }
      if (req.url === '/big-streamed') {
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        const timer = setInterval(() => {
          streamed.chunksSent++;
          res.write('x'.repeat(512));
          if (streamed.chunksSent >= 200) {
            clearInterval(timer);
            res.end();
          }
        }, 5);
        res.on('close', () => {
          clearInterval(timer);
          if (!res.writableFinished) streamed.closedEarly = true;
        });
        return;
      }
      if (req.url === '/big-declared') {
        res.writeHead(200, { 'Content-Length': String(50 * 1024 * 1024) });
        res.write('x');
        return;
      }
      if (req.url === '/redirect') {
        res.writeHead(302, { Location: 'http://elsewhere.example/' });
        res.end();
        return;
      }
      res.writeHead(req.url?.startsWith('/teapot') ? 418 : 200, { 'Content-Type': 'application/json', 'X-Answer': 'yes' });
      res.end(JSON.stringify({ method: req.method, body }));
    });
  };
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('GuardedHttpClient', () => {
  const dispatchers = new DispatcherPool();
  const seen: Seen[] = [];
  const streamed = { closedEarly: false, chunksSent: 0 };
  const server = createServer(routes(seen, streamed));
  const tlsServer = createTlsServer(SELF_SIGNED_TLS, routes(seen, streamed));
  let origin = '';
  let tlsOrigin = '';

  const client = (guard: Partial<HttpGuard> = {}, extra: { signal?: AbortSignal; maxResponseBytes?: number } = {}) =>
    new GuardedHttpClient({
      guard: { arbitraryUrls: true, allowedOrigins: [], ...guard },
      dispatchers,
      signal: extra.signal ?? new AbortController().signal,
      maxResponseBytes: extra.maxResponseBytes,
    });

  const failure = async (promise: Promise<unknown>): Promise<HttpRequestError> => {
    const error = await promise.then(
      () => new Error('expected the request to fail'),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HttpRequestError);
    return error as HttpRequestError;
  };

  beforeAll(async () => {
    origin = `http://${await listen(server)}`;
    tlsOrigin = `https://${await listen(tlsServer)}`;
  });
  beforeEach(() => {
    seen.length = 0;
  });
  afterAll(async () => {
    await dispatchers.close();
    server.closeAllConnections();
    tlsServer.closeAllConnections();
    await new Promise((r) => server.close(r));
    await new Promise((r) => tlsServer.close(r));
  });

  it('sends method, headers and body and returns any status as an answer', async () => {
    const res = await client().request({ url: `${origin}/teapot?x=1`, method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Token': 't' }, body: '{"a":1}' });
    expect(res.status).toBe(418);
    expect(res.headers['x-answer']).toBe('yes');
    expect(JSON.parse(res.body)).toEqual({ method: 'POST', body: '{"a":1}' });
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/teapot?x=1', headers: { 'x-token': 't' } });
  });

  it('refuses origins that are not configured services while arbitrary URLs are off, before any request', async () => {
    const error = await failure(client({ arbitraryUrls: false, allowedOrigins: ['https://misp.example'] }).request({ url: `${origin}/` }));
    expect(error.kind).toBe('url-not-allowed');
    expect(error.message).toBe(`\`Security.rest_client_enable_arbitrary_urls\` is turned off: ${origin} is not one of the configured services (https://misp.example)`);
    expect(seen).toHaveLength(0);
  });

  it('lets a configured service origin through while arbitrary URLs are off', async () => {
    const res = await client({ arbitraryUrls: false, allowedOrigins: [origin] }).request({ url: `${origin}/ok` });
    expect(res.status).toBe(200);
    expect(seen).toHaveLength(1);
  });

  it.each([
    ['file:///etc/passwd', 'Only http and https URLs can be requested, not file:'],
    ['ftp://example.org/x', 'Only http and https URLs can be requested, not ftp:'],
    ['not a url', 'Invalid URL: "not a url"'],
  ])('refuses %s', async (url, message) => {
    const error = await failure(client().request({ url }));
    expect(error).toMatchObject({ kind: 'url-not-allowed', message });
  });

  it('gives up at the timeout', async () => {
    const started = Date.now();
    const error = await failure(client().request({ url: `${origin}/slow`, timeoutMs: 100 }));
    expect(error).toMatchObject({ kind: 'timeout', message: `No answer from ${origin} within 100 ms` });
    expect(Date.now() - started).toBeLessThan(900);
  });

  it('stops reading a streamed answer past the size limit and drops the connection', async () => {
    const error = await failure(client({}, { maxResponseBytes: 4_096 }).request({ url: `${origin}/big-streamed` }));
    expect(error).toMatchObject({ kind: 'too-large', message: `The answer from ${origin} was refused: the response is larger than 4096 bytes` });
    await new Promise((r) => setTimeout(r, 100));
    expect(streamed.closedEarly).toBe(true);
    expect(streamed.chunksSent).toBeLessThan(50);
  });

  it('refuses an answer whose declared length is over the limit without reading it', async () => {
    const error = await failure(client({}, { maxResponseBytes: 1_024 }).request({ url: `${origin}/big-declared` }));
    expect(error.kind).toBe('too-large');
  });

  it('does not follow redirects (they could leave the allowed origins)', async () => {
    const res = await client({ arbitraryUrls: false, allowedOrigins: [origin] }).request({ url: `${origin}/redirect` });
    expect(res).toMatchObject({ status: 302, headers: { location: 'http://elsewhere.example/' } });
    expect(seen).toHaveLength(1);
  });

  it('refuses a self-signed certificate unless the request allows it', async () => {
    const refused = await failure(client().request({ url: `${tlsOrigin}/ok` }));
    expect(refused.kind).toBe('network');
    expect(refused.message).toMatch(new RegExp(`^Could not reach ${tlsOrigin}: DEPTH_ZERO_SELF_SIGNED_CERT.*a module may allow self-signed certificates\\)$`));
    const accepted = await client().request({ url: `${tlsOrigin}/ok`, allowSelfSigned: true });
    expect(accepted.status).toBe(200);
  });

  it('aborts with the run', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await failure(client({}, { signal: controller.signal }).request({ url: `${origin}/slow` }));
    expect(error).toMatchObject({ kind: 'aborted', message: `The request to ${origin} was cancelled` });
  });

  it('reports an unreachable host as a network error naming only the origin', async () => {
    const probe = createServer();
    const free = await listen(probe);
    await new Promise((r) => probe.close(r));
    const error = await failure(client().request({ url: `http://${free}/bot123:SECRET/sendMessage` }));
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(new RegExp(`^Could not reach http://${free}: .*ECONNREFUSED`));
    expect(error.message).not.toContain('SECRET');
  });
});

describe('allowedOrigins', () => {
  it('lists the configured services, composed as MISP does, and the fixed endpoints', () => {
    const settings: Record<string, string | number> = {
      'MISP.url': 'https://misp.example:8443/base/',
      'Plugin.Enrichment_services_url': 'http://modules.local',
      'Plugin.Enrichment_services_port': 6666,
      'Plugin.Action_services_url': 'http://actions.local/',
      'Plugin.Action_services_port': 7777,
    };
    expect(allowedOrigins((name) => settings[name]).sort()).toEqual(
      ['https://api.telegram.org', 'https://misp.example:8443', 'http://modules.local:6666', 'http://actions.local:7777'].sort(),
    );
  });

  it('ignores empty or malformed service URLs', () => {
    const settings: Record<string, string> = { 'MISP.url': '', 'Plugin.Enrichment_services_url': 'not a url' };
    expect(allowedOrigins((name) => settings[name])).toEqual(['https://api.telegram.org']);
  });
});
