import type { MispEvent, MispSimulator } from './misp-simulator.types';
import {
  call,
  EVENT_UUID,
  KEY,
  startSimulator,
  type ErrorBody,
} from './misp-simulator.test-helper';

describe('MISP simulator fault injection and request recording', () => {
  let sim: MispSimulator;
  beforeEach(async () => {
    sim = await startSimulator();
  });
  afterEach(() => sim.close());

  it('failNext fails the given number of requests, then serves normally', async () => {
    sim.failNext({ status: 503, times: 2 });
    expect((await call<ErrorBody>(sim, 'GET', '/events/view/1')).status).toBe(
      503,
    );
    const second = await call<ErrorBody>(sim, 'GET', '/events/view/1');
    expect(second.body).toEqual({
      name: 'Service Unavailable',
      message: 'Service Unavailable',
      url: '/events/view/1',
    });
    expect(
      (await call<{ Event: MispEvent }>(sim, 'GET', '/events/view/1')).status,
    ).toBe(200);
  });

  it('sends Retry-After with a 429 and does not mutate state', async () => {
    sim.failNext({ status: 429, retryAfter: 7 });
    const res = await call<ErrorBody>(sim, 'POST', '/events/publish/1');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(sim.state.events[0].published).toBe(false);
  });

  it('queues failures in order and fails even before authentication', async () => {
    sim.failNext({ status: 500 });
    sim.failNext({ status: 429 });
    const bad = await fetch(`${sim.url}/events/view/1`, {
      headers: { Accept: 'application/json' },
    });
    expect(bad.status).toBe(500);
    expect((await call<ErrorBody>(sim, 'GET', '/events/view/1')).status).toBe(
      429,
    );
    expect((await call<ErrorBody>(sim, 'GET', '/events/view/1')).status).toBe(
      200,
    );
  });

  it('delayNext holds the next response only', async () => {
    sim.delayNext(150);
    const started = Date.now();
    await call<unknown>(sim, 'GET', '/events/view/1');
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    const again = Date.now();
    await call<unknown>(sim, 'GET', '/events/view/1');
    expect(Date.now() - again).toBeLessThan(140);
  });

  it('records method, path, headers and parsed JSON body of every request, failed ones included', async () => {
    sim.failNext({ status: 500 });
    const body = { uuid: EVENT_UUID, tag: 'tlp:clear' };
    await call<unknown>(sim, 'POST', '/tags/attachTagToObject', body);
    await call<unknown>(sim, 'GET', '/events/view/1?x=1');
    expect(sim.requests).toHaveLength(2);
    expect(sim.requests[0]).toMatchObject({
      method: 'POST',
      path: '/tags/attachTagToObject',
      body,
    });
    expect(sim.requests[0].headers).toMatchObject({
      authorization: KEY,
      accept: 'application/json',
      'content-type': 'application/json',
    });
    expect(sim.requests[1]).toMatchObject({
      method: 'GET',
      path: '/events/view/1?x=1',
      body: undefined,
    });
  });

  it('records a non-JSON body as raw text', async () => {
    await fetch(`${sim.url}/warninglists/checkValue`, {
      method: 'POST',
      headers: { Authorization: KEY, Accept: 'application/json' },
      body: 'not json',
    });
    expect(sim.requests[0].body).toBe('not json');
  });
});
