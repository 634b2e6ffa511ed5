import { request } from 'node:https';
import { SELF_SIGNED_TLS } from './misp-tls.fixture';
import type { MispSimulator } from './misp-simulator.types';
import { call, KEY, startSimulator, type ErrorBody } from './misp-simulator.test-helper';

/** GET over HTTPS with an explicit trust decision (fetch cannot turn verification off per request). */
function getTls(url: string, rejectUnauthorized: boolean): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { rejectUnauthorized, headers: { Authorization: KEY, Accept: 'application/json' } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('MISP simulator over HTTPS and proxy-style faults', () => {
  let sim: MispSimulator | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  it('serves HTTPS with a self-signed certificate that verification refuses', async () => {
    sim = await startSimulator({ tls: SELF_SIGNED_TLS });
    expect(sim.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    await expect(getTls(`${sim.url}/events/view/1`, true)).rejects.toMatchObject({
      code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
    });
    const res = await getTls(`${sim.url}/events/view/1`, false);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ Event: { id: '1' } });
  });

  it('failNext answers 401 and 502 like a reverse proxy in front of MISP', async () => {
    sim = await startSimulator();
    sim.failNext({ status: 401 });
    sim.failNext({ status: 502 });
    const unauthorized = await call<ErrorBody>(sim, 'GET', '/events/view/1');
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.body.message).toBe('Unauthorized');
    expect((await call<ErrorBody>(sim, 'GET', '/events/view/1')).status).toBe(502);
  });
});
