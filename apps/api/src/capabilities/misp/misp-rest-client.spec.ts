import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { MispApiError } from '@misp-wf/sdk';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the MISP simulator is test tooling, served over real HTTP
import { createMispSimulator, SEED_EVENT, SELF_SIGNED_TLS, type MispSimulator } from '../../../../../tools/misp-simulator';
import { DispatcherPool } from '../transport/dispatcher-pool';
import { MispRestClient, type MispConnection } from './misp-rest-client';

const KEY = 'misp-client-test-key-0123456789';
const FAST_RETRIES = { baseDelayMs: 5, maxDelayMs: 20 };

describe('MispRestClient against the MISP simulator', () => {
  const dispatchers = new DispatcherPool();
  let sim: MispSimulator;

  const client = (connection: Partial<MispConnection> = {}, signal = new AbortController().signal, retry = {}) =>
    new MispRestClient({
      connection: { url: sim.url, apiKey: KEY, verifyTls: true, timeoutMs: 2_000, ...connection },
      dispatchers,
      signal,
      retry: { ...FAST_RETRIES, ...retry },
    });

  /** The rejection of a call, which must be a MispApiError. */
  const failure = async (promise: Promise<unknown>): Promise<MispApiError> => {
    const error = await promise.then(
      () => new Error('expected the call to fail'),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MispApiError);
    return error as MispApiError;
  };

  beforeEach(async () => {
    sim = await createMispSimulator({ apiKey: KEY, events: [SEED_EVENT] });
  });
  afterEach(() => sim.close());
  afterAll(() => dispatchers.close());

  it('fetches an event with MISP headers and decodes the JSON', async () => {
    const body = await client().request<{ Event: { id: string; info: string } }>({ method: 'GET', path: '/events/view/1' });
    expect(body.Event.id).toBe('1');
    expect(sim.requests).toHaveLength(1);
    expect(sim.requests[0].headers).toMatchObject({ authorization: KEY, accept: 'application/json', 'content-type': 'application/json' });
  });

  it('sends a JSON body and MISP applies it', async () => {
    const res = await client().request<{ saved: boolean; message: string }>({
      method: 'POST',
      path: '/tags/attachTagToObject',
      body: { uuid: sim.state.events[0].uuid, tag: 'tlp:clear', local: false },
    });
    expect(res).toMatchObject({ saved: true });
    expect(res.message).toMatch(/^Global tag tlp:clear\(\d+\) successfully attached to Event\(1\)\.$/);
    expect(sim.requests[0]).toMatchObject({ method: 'POST', path: '/tags/attachTagToObject', body: { tag: 'tlp:clear' } });
  });

  it('works with a base URL that ends with a slash', async () => {
    await client({ url: `${sim.url}/` }).request({ method: 'GET', path: '/events/view/1' });
    expect(sim.requests[0].path).toBe('/events/view/1');
  });

  it('retries 5xx answers and succeeds once MISP recovers', async () => {
    sim.failNext({ status: 503, times: 2 });
    const body = await client().request<{ Event: { id: string } }>({ method: 'GET', path: '/events/view/1' });
    expect(body.Event.id).toBe('1');
    expect(sim.requests).toHaveLength(3);
  });

  it('gives up on a persistent 5xx after the bounded number of attempts', async () => {
    sim.failNext({ status: 500, times: 10 });
    const error = await failure(client().request({ method: 'GET', path: '/events/view/1' }));
    expect(sim.requests).toHaveLength(4);
    expect(error).toMatchObject({ status: 500, failureCause: 'temporarily-unavailable' });
    expect(error.message).toBe('MISP is temporarily unavailable (500) for GET /events/view/1: An Internal Error Has Occurred. (gave up after 4 attempts)');
  });

  it('honours the attempt bound of the policy', async () => {
    sim.failNext({ status: 502, times: 10 });
    const error = await failure(client({}, undefined, { maxAttempts: 2 }).request({ method: 'GET', path: '/events/view/1' }));
    expect(sim.requests).toHaveLength(2);
    expect(error.message).toContain('(gave up after 2 attempts)');
  });

  it('waits as long as Retry-After says on a 429, then retries', async () => {
    sim.failNext({ status: 429, retryAfter: 1 });
    const started = Date.now();
    await client().request({ method: 'GET', path: '/events/view/1' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(sim.requests).toHaveLength(2);
  });

  it('does not wait for a Retry-After longer than the policy allows', async () => {
    sim.failNext({ status: 429, retryAfter: 120 });
    const started = Date.now();
    const error = await failure(client().request({ method: 'POST', path: '/events/publish/1' }));
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(sim.requests).toHaveLength(1);
    expect(error).toMatchObject({ status: 429, failureCause: 'rate-limited' });
    expect(error.message).toBe('MISP is rate limiting the platform (429) on POST /events/publish/1: Too Many Requests; MISP asked to retry after 120 s, longer than the platform waits');
  });

  it('reports rate limiting when every attempt gets a 429', async () => {
    sim.failNext({ status: 429, times: 10 });
    const error = await failure(client().request({ method: 'GET', path: '/events/view/1' }));
    expect(sim.requests).toHaveLength(4);
    expect(error).toMatchObject({ failureCause: 'rate-limited', status: 429 });
    expect(error.message).toContain('(gave up after 4 attempts)');
  });

  it('explains a 401 as a rejected API key, without retrying', async () => {
    sim.failNext({ status: 401 });
    const error = await failure(client().request({ method: 'GET', path: '/events/view/1' }));
    expect(sim.requests).toHaveLength(1);
    expect(error).toMatchObject({ status: 401, failureCause: 'credential-invalid' });
    expect(error.message).toBe('MISP rejected the API key (401) for GET /events/view/1: check MISP.api_key: Unauthorized');
  });

  it("passes MISP's own words on a 403 for a wrong key", async () => {
    const error = await failure(client({ apiKey: 'wrong' }).request({ method: 'GET', path: '/events/view/1' }));
    expect(sim.requests).toHaveLength(1);
    expect(error).toMatchObject({ status: 403, failureCause: 'credential-invalid' });
    expect(error.message).toBe(
      'MISP refused GET /events/view/1 (403): Authentication failed. Please make sure you pass the API key of an API enabled user along in the Authorization header.',
    );
  });

  it("passes MISP's message and errors of a save failure (403)", async () => {
    const error = await failure(client().request({ method: 'POST', path: '/attributes/edit/1', body: { comment: 'x', timestamp: '1' } }));
    expect(error).toMatchObject({ status: 403, failureCause: 'configuration-invalid', body: { saved: false, errors: 'Attribute has not been updated' } });
    expect(error.message).toBe('MISP refused POST /attributes/edit/1 (403): Could not edit Attribute: Attribute has not been updated');
  });

  it('names the path on a 404', async () => {
    const error = await failure(client().request({ method: 'GET', path: '/events/view/999' }));
    expect(sim.requests).toHaveLength(1);
    expect(error).toMatchObject({ status: 404, failureCause: 'not-found' });
    expect(error.message).toBe('MISP could not find GET /events/view/999 (404): Invalid event');
  });

  it('abandons an attempt at the timeout and retries', async () => {
    sim.delayNext(600);
    const started = Date.now();
    const body = await client({ timeoutMs: 150 }).request<{ Event: { id: string } }>({ method: 'GET', path: '/events/view/1' });
    expect(body.Event.id).toBe('1');
    expect(Date.now() - started).toBeLessThan(600);
    expect(sim.requests).toHaveLength(2);
  });

  it('reports a timeout on every attempt with the setting to change', async () => {
    sim.delayNext(400, 4);
    const error = await failure(client({ timeoutMs: 100 }, undefined, { maxAttempts: 2 }).request({ method: 'GET', path: '/events/view/1' }));
    expect(error).toMatchObject({ status: null, failureCause: 'temporarily-unavailable' });
    expect(error.message).toBe('MISP did not answer GET /events/view/1 within 100 ms (MISP.request_timeout) (gave up after 2 attempts)');
  });

  it('refuses to call MISP when it is not configured', async () => {
    const error = await failure(client({ url: '', apiKey: '' }).request({ method: 'GET', path: '/events/view/1' }));
    expect(error).toMatchObject({ status: null, failureCause: 'configuration-invalid' });
    expect(error.message).toBe('MISP is not configured: set MISP.url and MISP.api_key (or the MISP_URL / MISP_API_KEY environment variables)');
    expect(sim.requests).toHaveLength(0);
  });

  it('only sends absolute paths, and they stay on the MISP instance', async () => {
    const relative = await failure(client().request({ method: 'GET', path: '@evil.example/events/view/1' }));
    expect(relative).toMatchObject({ failureCause: 'module-defect', message: 'A MISP path must start with "/", got "@evil.example/events/view/1"' });
    await failure(client().request({ method: 'GET', path: '//evil.example/x' }));
    expect(sim.requests.map((r) => r.path)).toEqual(['//evil.example/x']);
  });

  it('stops waiting between attempts when the run is cancelled', async () => {
    sim.failNext({ status: 503, times: 10 });
    const controller = new AbortController();
    const call = client({}, controller.signal, { baseDelayMs: 5_000, maxDelayMs: 5_000 }).request({ method: 'GET', path: '/events/view/1' });
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    const error = await failure(call);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(error.message).toBe('The MISP call GET /events/view/1 was cancelled');
    expect(sim.requests).toHaveLength(1);
  });

  describe('when MISP cannot be reached', () => {
    let dropper: Server;
    let connections = 0;
    beforeEach(async () => {
      connections = 0;
      dropper = createServer((socket) => {
        connections++;
        socket.destroy();
      });
      await new Promise<void>((resolve) => dropper.listen(0, '127.0.0.1', resolve));
    });
    afterEach(() => new Promise<void>((resolve) => dropper.close(() => resolve())));

    it('retries dropped connections, then reports MISP unreachable', async () => {
      const url = `http://127.0.0.1:${(dropper.address() as AddressInfo).port}`;
      const error = await failure(client({ url }).request({ method: 'GET', path: '/events/view/1' }));
      expect(connections).toBe(4);
      expect(error).toMatchObject({ status: null, failureCause: 'temporarily-unavailable' });
      expect(error.message).toMatch(new RegExp(`^Could not reach MISP at ${url} for GET /events/view/1: .+ \\(gave up after 4 attempts\\)$`));
    });
  });

  describe('over HTTPS with a self-signed certificate', () => {
    let tlsSim: MispSimulator;
    beforeEach(async () => {
      tlsSim = await createMispSimulator({ apiKey: KEY, events: [SEED_EVENT], tls: SELF_SIGNED_TLS });
    });
    afterEach(() => tlsSim.close());

    it('refuses the certificate while MISP.verify_tls is on, without retrying', async () => {
      const error = await failure(client({ url: tlsSim.url, verifyTls: true }).request({ method: 'GET', path: '/events/view/1' }));
      expect(error).toMatchObject({ status: null, failureCause: 'configuration-invalid' });
      expect(error.message).toMatch(/^MISP's TLS certificate was refused \(DEPTH_ZERO_SELF_SIGNED_CERT: .+\): use a certificate the platform trusts, or turn off MISP.verify_tls$/);
      expect(tlsSim.requests).toHaveLength(0);
    });

    it('accepts it with MISP.verify_tls off', async () => {
      const body = await client({ url: tlsSim.url, verifyTls: false }).request<{ Event: { id: string } }>({ method: 'GET', path: '/events/view/1' });
      expect(body.Event.id).toBe('1');
      expect(tlsSim.requests).toHaveLength(1);
    });
  });
});
