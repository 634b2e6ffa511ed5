import type { LiveAck } from '@misp-wf/contracts';
import { io, type Socket } from 'socket.io-client';
import request from 'supertest';
import { startApiProcess, type ApiProcess } from './support/api-process';
import { createPgSchema } from './support/db-targets';
import { dropPrefix, redisTestUrl, uniquePrefix } from './support/redis-target';
import { output1, storedNode, thenOnly } from './support/stored-graph';
import { TEST_ADMIN_KEY } from './support/test-app';

const redisUrl = redisTestUrl();
const pgUrl = process.env['TEST_DATABASE_URL'];
if (!pgUrl && process.env['REQUIRE_TEST_SERVICES'] === '1') throw new Error('REQUIRE_TEST_SERVICES=1 but TEST_DATABASE_URL is not set');
const withServices = redisUrl && pgUrl ? describe : describe.skip;

/** 1(attribute-after-save) ─▶ 2(IF tag tlp:red) ─then▶ 3(stop-execution) */
const graph = {
  '1': storedNode(1, 'attribute-after-save', 'trigger', output1(2)),
  '2': storedNode(2, 'tag-if', 'logic', thenOnly(3), { scope: 'attribute', condition: 'in_or', tags: ['tlp:red'] }),
  '3': storedNode(3, 'stop-execution', 'action', [], { message: 'tlp:red attributes stop here' }),
};
const redAttribute = {
  Attribute: { id: '5', uuid: 'a0000000-0000-4000-8000-000000000005', event_id: '12', object_id: '0', type: 'ip-dst', category: 'Network activity', value: '192.0.2.5', to_ids: true, Tag: [{ id: '1', name: 'tlp:red', local: false }] },
  Event: { id: '12', uuid: 'e0000000-0000-4000-8000-000000000012', info: 'e', orgc_id: '1', org_id: '1', distribution: '1', published: false, Orgc: { id: '1', name: 'ORG' } },
};

type Seen = { name: string; payload: Record<string, unknown> };

async function until<T>(probe: () => T | undefined, what: string, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The deployment of issue 6 item 9, as real processes: API nodes A and B serve HTTP only (`WORKER=false`),
 * W runs the queue (`WORKER=true`), all on one PostgreSQL database and one Redis. MISP calls A; a client
 * watches on B; the run happens on W.
 */
withServices('two API processes and a worker on Redis and PostgreSQL', () => {
  const prefix = uniquePrefix();
  const processes: ApiProcess[] = [];
  let dropSchema: (() => Promise<void>) | undefined;
  let socket: Socket | undefined;
  let a: ApiProcess;
  let b: ApiProcess;
  let workflowId = '';
  const admin = (r: request.Test) => r.set('Authorization', TEST_ADMIN_KEY);

  beforeAll(async () => {
    const schema = await createPgSchema(pgUrl as string);
    dropSchema = schema.drop;
    const env = { DATABASE_URL: schema.url, REDIS_URL: redisUrl as string, REDIS_PREFIX: prefix };
    // A first: it creates the schema; the others find it migrated.
    a = await startApiProcess({ ...env, WORKER: 'false' });
    processes.push(a);
    await admin(request(a.url).patch('/api/v1/settings')).send({ 'Plugin.Workflow_enable': true, 'Plugin.Workflow_triggers_attribute-after-save': true });
    const created = await admin(request(a.url).post('/api/v1/workflows')).send({ name: 'Stop tlp:red', trigger_id: 'attribute-after-save', data: graph });
    expect(created.status).toBe(201);
    workflowId = created.body.id as string;
    const [started, worker] = await Promise.all([startApiProcess({ ...env, WORKER: 'false' }), startApiProcess({ ...env, WORKER: 'true' })]);
    b = started;
    processes.push(b, worker);
  }, 240_000);

  afterAll(async () => {
    socket?.disconnect();
    await Promise.all(processes.map((p) => p.stop(10_000)));
    await dropSchema?.();
    if (redisUrl) await dropPrefix(redisUrl, prefix);
  }, 60_000);

  it('a hook on A, run by the worker, is traced live to a client of B', async () => {
    socket = io(b.url, { path: '/socket.io', transports: ['websocket'], auth: { token: TEST_ADMIN_KEY }, reconnection: false, forceNew: true });
    const seen: Seen[] = [];
    for (const name of ['execution:started', 'node:started', 'node:finished', 'execution:finished']) socket.on(name, (payload: Record<string, unknown>) => seen.push({ name, payload }));
    await new Promise<void>((resolve, reject) => {
      socket?.once('connect', () => resolve());
      socket?.once('connect_error', reject);
    });
    const ack = await new Promise<LiveAck>((resolve) => socket?.emit('subscribe', { workflow_id: workflowId }, resolve));
    expect(ack.ok).toBe(true);

    const res = await admin(request(a.url).post('/api/v1/hooks/misp/attribute-after-save')).send({ data: redAttribute });
    expect(res.status).toBe(202);
    const id = res.body.execution_id as string;
    const mine = () => seen.filter((e) => e.payload['execution_id'] === id);
    await until(() => (mine().some((e) => e.name === 'execution:finished') ? true : undefined), 'execution:finished on B');

    const events = mine();
    expect(events.map((e) => `${e.payload['seq']} ${e.name}${e.payload['status'] ? ` ${e.payload['status']}` : ''}`)).toEqual([
      '1 execution:started',
      '2 node:started',
      '3 node:finished success',
      '4 node:started',
      '5 node:finished success',
      '6 node:started',
      '7 node:finished blocked',
      '8 execution:finished',
    ]);
    expect(events[0].payload).toMatchObject({ execution_id: id, workflow_id: workflowId, trigger_id: 'attribute-after-save', seq: 1 });
    expect(events[7].payload).toMatchObject({ execution_id: id, outcome: 'blocked', errors: [expect.stringContaining('tlp:red attributes stop here')] });
    // The run was the queued job, executed by W (A and B run nothing).
    const execution = await admin(request(b.url).get(`/api/v1/executions/${id}`));
    expect(execution.body).toMatchObject({ id, source: 'queue', outcome: 'blocked' });
  }, 60_000);
});
