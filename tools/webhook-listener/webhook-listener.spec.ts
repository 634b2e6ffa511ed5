import { connect } from 'node:net';
import { createWebhookListener, type ReceivedRequest, type RejectedRequest, type WebhookListener } from './webhook-listener';

let listener: WebhookListener;
const seen: ReceivedRequest[] = [];
const rejected: RejectedRequest[] = [];

beforeAll(async () => {
  listener = await createWebhookListener({ port: 0, onRequest: (r) => seen.push(r), onRejected: (r) => rejected.push(r) });
});

afterAll(() => listener.close());

beforeEach(() => {
  seen.length = 0;
  listener.requests.length = 0;
});

// What MISP's HttpSocket sends in debug mode: JSON labelled form-urlencoded (workflows-spec §7.2).
function debugPost(path: string, body: unknown) {
  return fetch(`${listener.url}${path}`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  });
}

const source = { node_id: '', module_id: '', filters: '', parameters: '' };

describe('createWebhookListener', () => {
  it('binds 127.0.0.1 on the requested port', () => {
    expect(listener.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers 200 {"status":"ok"} and reports the debug-mode /init call', async () => {
    const body = { source, timestamp: '2024-10-21T10:59:21+02:00', data: { original: { Event: {} }, normalized: { Event: {} } } };
    const res = await debugPost('/event-publish/init?type=blocking', body);
    expect([res.status, res.headers.get('content-type'), await res.text()]).toEqual([200, 'application/json', '{"status":"ok"}']);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'POST', path: '/event-publish/init', rawQuery: 'type=blocking', query: { type: 'blocking' }, body });
    expect(seen[0].headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Number.isNaN(Date.parse(seen[0].timestamp))).toBe(false);
  });

  it('receives /exec and /end calls with their node, data and errors', async () => {
    const node = { node_id: 54, module_id: 'stop-execution', filters: { selector: '', value: '', operator: '', path: '' }, parameters: { message: 'Execution stopped' } };
    await debugPost('/event-publish/exec/stop-execution?result=success', { source: node, timestamp: 't', data: {}, errors: ['Execution stopped'] });
    await debugPost('/event-publish/end?outcome=blocked', { source, timestamp: 't', data: { blocking_nodes: [54], executed_nodes: [1, 54], blocked_paths: [] } });
    expect(seen.map((r) => [r.path, r.query])).toEqual([
      ['/event-publish/exec/stop-execution', { result: 'success' }],
      ['/event-publish/end', { outcome: 'blocked' }],
    ]);
    expect(seen[0].body).toMatchObject({ source: { node_id: 54 }, errors: ['Execution stopped'] });
    expect(listener.requests).toEqual(seen);
  });

  it('keeps a body that is not JSON as raw text, and answers GET too', async () => {
    await fetch(`${listener.url}/x`, { method: 'POST', body: 'a=1&b=2' });
    const res = await fetch(`${listener.url}/anything?q=1`);
    expect(await res.json()).toEqual({ status: 'ok' });
    expect(seen[0]).toMatchObject({ rawBody: 'a=1&b=2' });
    expect(seen[0]).not.toHaveProperty('body');
    expect(seen[1]).toMatchObject({ method: 'GET', path: '/anything', rawBody: '' });
  });

  it('reports, instead of losing, a request whose query has an unencoded space', async () => {
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(listener.port, '127.0.0.1', () =>
        socket.write('POST /t/exec/m?result=error&message=Bad thing HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}'),
      );
      let text = '';
      socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    expect(rejected.at(-1)?.rawPacket).toContain('message=Bad thing');
  });

  it('fails to start on a port that is taken', async () => {
    await expect(createWebhookListener({ port: listener.port })).rejects.toThrow(/EADDRINUSE/);
  });
});
