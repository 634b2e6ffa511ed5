import { createServer, type Server } from 'node:http';
import request from 'supertest';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from './support/test-app';
import { storedNode } from './support/stored-graph';

const node = storedNode;
/** 1(event-publish) ─▶ 2(IF :: Tag event in_or [tlp:red]) ─then▶ 3(stop-execution) */
const graph = {
  '1': node(1, 'event-publish', 'trigger', { output_1: { connections: [{ node: '2', output: 'input_1' }] } }),
  '2': node(2, 'tag-if', 'logic', { output_1: { connections: [{ node: '3', output: 'input_1' }] }, output_2: { connections: [] } }, { scope: 'event', condition: 'in_or', tags: ['tlp:red'] }),
  '3': node(3, 'stop-execution', 'action', [], { message: 'stop' }),
};
const event = { Event: { id: '1', info: 'x', Tag: [{ name: 'tlp:red' }], Attribute: [] } };

type Received = { url: string; body: { source: { node_id: unknown; module_id: unknown }; data: unknown; errors?: string[] } };

describe('debug mode', () => {
  let t: TestApp;
  let listener: Server;
  const received: Received[] = [];
  const admin = (r: request.Test) => r.set('Authorization', TEST_ADMIN_KEY);

  beforeAll(async () => {
    listener = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received.push({ url: req.url ?? '', body: JSON.parse(body) as Received['body'] });
        res.end('{"status":"ok"}');
      });
    });
    await new Promise<void>((r) => listener.listen(0, '127.0.0.1', r));
    const address = listener.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    t = await startTestApp({ name: 'sqlite' });
    await admin(request(t.url).patch('/api/v1/settings')).send({
      'Plugin.Workflow_enable': true,
      'Plugin.Workflow_triggers_event-publish': true,
      'Plugin.Workflow_debug_url': `http://127.0.0.1:${port}`,
    });
  });
  afterAll(async () => {
    await t?.close();
    await new Promise((r) => listener.close(r));
  });

  it('posts /init, one /exec per executed node and /end, in order, with MISP bodies', async () => {
    const wf = await admin(request(t.url).post('/api/v1/workflows')).send({ name: 'debugged', trigger_id: 'event-publish', data: graph, debug_enabled: true });
    const res = await admin(request(t.url).post('/api/v1/hooks/misp/event-publish')).send({ data: event });
    expect(res.body.outcome).toBe('blocked');
    const deadline = Date.now() + 5000;
    while (received.length < 4 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(received.map((r) => r.url)).toEqual([
      '/event-publish/init?type=blocking',
      '/event-publish/exec/tag-if?result=success',
      '/event-publish/exec/stop-execution?result=partial-success',
      '/event-publish/end?outcome=blocked',
    ]);
    expect(received[0].body.data).toMatchObject({ original: event, normalized: { Event: { _AttributeFlattened: [] } } });
    expect(received[2].body).toMatchObject({ source: { node_id: 3, module_id: 'stop-execution' }, errors: ['stop'] });
    expect(received[3].body.data).toMatchObject({ executed_nodes: [expect.objectContaining({ id: 3 })], blocking_nodes: [expect.objectContaining({ id: 3 })] });
    await admin(request(t.url).delete(`/api/v1/workflows/${wf.body.id}`));
  });

  it('an unreachable debug URL never fails a run (MISP#9872)', async () => {
    await admin(request(t.url).patch('/api/v1/settings')).send({ 'Plugin.Workflow_debug_url': 'http://127.0.0.1:1' });
    await admin(request(t.url).post('/api/v1/workflows')).send({ name: 'debugged', trigger_id: 'event-publish', data: graph, debug_enabled: true });
    const res = await admin(request(t.url).post('/api/v1/hooks/misp/event-publish')).send({ data: { Event: { id: '2', info: 'y', Tag: [] } } });
    expect(res.body).toMatchObject({ success: true, outcome: 'success' });
  });
});
