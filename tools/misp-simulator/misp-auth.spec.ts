import type { MispEvent, MispSimulator } from './misp-simulator.types';
import {
  call,
  KEY,
  startSimulator,
  type ErrorBody,
} from './misp-simulator.test-helper';

const AUTH_MESSAGE =
  'Authentication failed. Please make sure you pass the API key of an API enabled user along in the Authorization header.';

describe('MISP simulator authentication and routing', () => {
  let sim: MispSimulator;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(() => sim.close());

  it('answers 403 with MISP auth error body when the key is missing', async () => {
    const res = await fetch(`${sim.url}/events/view/1`, {
      headers: { Accept: 'application/json' },
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({
      name: AUTH_MESSAGE,
      message: AUTH_MESSAGE,
      url: '/events/view/1',
    });
  });

  it('answers 403 for a wrong key', async () => {
    const res = await call<ErrorBody>(sim, 'GET', '/events/view/1', undefined, {
      Authorization: 'wrong',
    });
    expect(res.status).toBe(403);
    expect(res.body.message).toBe(AUTH_MESSAGE);
  });

  it('accepts the key in X-MISP-AUTH as well', async () => {
    const res = await fetch(`${sim.url}/events/view/1`, {
      headers: { 'X-MISP-AUTH': KEY, Accept: 'application/json' },
    });
    expect(res.status).toBe(200);
  });

  it('redirects to the login page when the client does not ask for JSON', async () => {
    const res = await fetch(`${sim.url}/events/view/1`, {
      headers: { Authorization: KEY },
      redirect: 'manual',
    });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/users/login');
  });

  it('treats a .json extension as an API call and ignores named params', async () => {
    const res = await fetch(`${sim.url}/events/view/1.json`, {
      headers: { Authorization: KEY },
    });
    expect(res.status).toBe(200);
    const named = await call<{ Event: MispEvent }>(
      sim,
      'GET',
      '/events/view/1/noSightings:1',
    );
    expect(named.body.Event.id).toBe('1');
  });

  it('answers 404 for unknown endpoints and 405 for wrong methods', async () => {
    const unknown = await call<ErrorBody>(sim, 'GET', '/nothing/here');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({
      name: 'Not Found',
      message: 'Not Found',
      url: '/nothing/here',
    });
    const wrongMethod = await call<ErrorBody>(sim, 'GET', '/events/publish/1');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.body.message).toBe(
      'This method is only accessible via POST requests.',
    );
  });
});
