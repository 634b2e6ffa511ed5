import request from 'supertest';
import { DataSource } from 'typeorm';
import { hashApiKey } from '../src/auth/api-key-hash';
import { dbTargets } from './support/db-targets';
import { rawRequest } from './support/raw-request';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from './support/test-app';

describe.each(dbTargets())('foundation API on $name', (target) => {
  let t: TestApp;
  let viewerKey: string;
  const http = () => request(t.url);

  beforeAll(async () => {
    t = await startTestApp(target);
    const res = await http().post('/api/v1/api-keys').set('Authorization', TEST_ADMIN_KEY).send({ name: 'ro', role: 'viewer' });
    expect(res.status).toBe(201);
    viewerKey = res.body.key;
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('health', () => {
    it('answers without a key with DB and queue status', async () => {
      const res = await http().get('/api/v1/health');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        status: 'ok',
        db: { driver: target.name, status: 'up' },
        queue: { driver: 'embedded', status: 'up' },
      });
    });
  });

  describe('authentication', () => {
    it('401 without a key, with the error shape', async () => {
      const res = await http().get('/api/v1/settings');
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
    });

    it('401 with a wrong key', async () => {
      const res = await http().get('/api/v1/settings').set('Authorization', 'x'.repeat(40));
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('unauthorized');
    });

    it('accepts the key in Authorization and in X-API-Key', async () => {
      expect((await http().get('/api/v1/settings').set('Authorization', TEST_ADMIN_KEY)).status).toBe(200);
      expect((await http().get('/api/v1/settings').set('X-API-Key', viewerKey)).status).toBe(200);
    });

    it('tells a key its own identity', async () => {
      const res = await http().get('/api/v1/api-keys/me').set('Authorization', viewerKey);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ name: 'ro', role: 'viewer' });
      expect(res.body).not.toHaveProperty('key');
    });

    it('403 when a viewer writes', async () => {
      const res = await http()
        .patch('/api/v1/settings')
        .set('Authorization', viewerKey)
        .send({ 'Plugin.Workflow_enable': true });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    });

    it('403 when a viewer lists API keys (admin-only read)', async () => {
      expect((await http().get('/api/v1/api-keys').set('Authorization', viewerKey)).status).toBe(403);
    });

    it('stores keys hashed, never in clear', async () => {
      const rows: { key_hash: string }[] = await t.app.get(DataSource).query('SELECT key_hash FROM api_keys');
      expect(rows.map((r) => r.key_hash)).toContain(hashApiKey(TEST_ADMIN_KEY));
      expect(JSON.stringify(rows)).not.toContain(TEST_ADMIN_KEY);
      const res = await http().get('/api/v1/api-keys').set('Authorization', TEST_ADMIN_KEY);
      expect(res.status).toBe(200);
      expect(JSON.stringify(res.body)).not.toContain(TEST_ADMIN_KEY);
      expect(res.body.map((k: { role: string }) => k.role).sort()).toEqual(['admin', 'viewer']);
    });

    it('refuses to delete the last admin key', async () => {
      const list = await http().get('/api/v1/api-keys').set('Authorization', TEST_ADMIN_KEY);
      const admin = list.body.find((k: { role: string }) => k.role === 'admin');
      const res = await http().delete(`/api/v1/api-keys/${admin.id}`).set('Authorization', TEST_ADMIN_KEY);
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('conflict');
    });
  });

  describe('errors', () => {
    it('unknown routes → 404 JSON', async () => {
      const res = await http().get('/api/v1/nope').set('Authorization', TEST_ADMIN_KEY);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
      expect(res.headers['content-type']).toContain('application/json');
    });

    it('malformed JSON → 400 invalid_json', async () => {
      const res = await http()
        .patch('/api/v1/settings')
        .set('Authorization', TEST_ADMIN_KEY)
        .set('Content-Type', 'application/json')
        .send('{"Plugin.Workflow_enable": tru');
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('invalid_json');
    });

    it('a body over 64 MB → 413, decided from Content-Length before reading it', async () => {
      const res = await rawRequest(t.url, {
        method: 'PATCH',
        path: '/api/v1/settings',
        headers: {
          authorization: TEST_ADMIN_KEY,
          'content-type': 'application/json',
          'content-length': String(100 * 1024 * 1024),
        },
      });
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body).error.code).toBe('payload_too_large');
    });

    it('a 60 MB body is accepted and parsed', async () => {
      const padding = ' '.repeat(60 * 1024 * 1024);
      const res = await http()
        .patch('/api/v1/settings')
        .set('Authorization', TEST_ADMIN_KEY)
        .set('Content-Type', 'application/json')
        .send(`{"Plugin.Workflow_blocking_timeout": 12${padding}}`);
      expect(res.status).toBe(200);
      expect(res.body['Plugin.Workflow_blocking_timeout']).toBe(12);
    }, 30_000);

    it('a DTO validation error → 400 validation_failed with details', async () => {
      const res = await http().post('/api/v1/api-keys').set('Authorization', TEST_ADMIN_KEY).send({ role: 'root' });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(res.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['name', 'role']);
    });
  });

  describe('settings', () => {
    it("returns MISP's names and defaults, secrets as null", async () => {
      const res = await http().get('/api/v1/settings').set('Authorization', viewerKey);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        'Plugin.Workflow_enable': false,
        'Plugin.Workflow_debug_url': 'http://127.0.0.1:27051',
        'Plugin.Workflow_triggers_event-publish': false,
        'Plugin.Action_services_enable': false,
        'Plugin.Action_services_url': 'http://127.0.0.1',
        'Plugin.Action_services_port': 6666,
        'Plugin.Action_timeout': 10,
        'Security.rest_client_enable_arbitrary_urls': false,
        'MISP.api_key': null,
      });
    });

    it('persists a change and types numeric strings', async () => {
      const res = await http()
        .patch('/api/v1/settings')
        .set('Authorization', TEST_ADMIN_KEY)
        .send({ 'Plugin.Workflow_enable': true, 'Plugin.Action_services_port': '7777' });
      expect(res.status).toBe(200);
      const read = await http().get('/api/v1/settings').set('Authorization', viewerKey);
      expect(read.body['Plugin.Workflow_enable']).toBe(true);
      expect(read.body['Plugin.Action_services_port']).toBe(7777);
    });

    it('keeps secrets write-only', async () => {
      const secret = 'misp-secret-key-1234567890';
      const res = await http().patch('/api/v1/settings').set('Authorization', TEST_ADMIN_KEY).send({ 'MISP.api_key': secret });
      expect(res.status).toBe(200);
      expect(JSON.stringify(res.body)).not.toContain(secret);
      const defs = await http().get('/api/v1/settings/definitions').set('Authorization', TEST_ADMIN_KEY);
      expect(JSON.stringify(defs.body)).not.toContain(secret);
      expect(defs.body.find((d: { name: string }) => d.name === 'MISP.api_key')).toMatchObject({ is_set: true, value: null });
    });

    it('rejects an unknown name or a wrong type with 400 and writes nothing', async () => {
      const res = await http()
        .patch('/api/v1/settings')
        .set('Authorization', TEST_ADMIN_KEY)
        .send({ 'Plugin.Action_timeout': 30, 'Plugin.Nope': 1, 'Plugin.Workflow_enable': 'yes' });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(res.body.error.details).toEqual([
        { name: 'Plugin.Nope', message: 'unknown setting' },
        { name: 'Plugin.Workflow_enable', message: 'must be true or false' },
      ]);
      const read = await http().get('/api/v1/settings').set('Authorization', viewerKey);
      expect(read.body['Plugin.Action_timeout']).not.toBe(30);
    });

    it('rejects a body that is not an object', async () => {
      const res = await http().patch('/api/v1/settings').set('Authorization', TEST_ADMIN_KEY).send([1, 2]);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('bad_request');
    });
  });

  describe('OpenAPI', () => {
    it('serves the document and the docs UI', async () => {
      const doc = await http().get('/api/v1/openapi.json');
      expect(doc.status).toBe(200);
      expect(doc.body.openapi).toMatch(/^3\./);
      expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/v1/settings', '/api/v1/health']));
      const ui = await http().get('/api/docs');
      expect(ui.status).toBe(200);
      expect(ui.text).toContain('swagger');
    });
  });
});
