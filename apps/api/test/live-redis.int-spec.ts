import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import type { LiveAck, LiveClientEvents, LiveServerEvents } from '@misp-wf/contracts';
import { io, type Socket } from 'socket.io-client';
import request from 'supertest';
import { AppModule } from '../src/app.module';
import { loadConfig } from '../src/config/load-config';
import { WorkflowRunnerService } from '../src/runs/workflow-runner.service';
import { WorkflowsService } from '../src/workflows/workflows.service';
import { output1, storedNode, thenOnly } from './support/stored-graph';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from './support/test-app';

type Seen = { name: string; payload: Record<string, unknown> };

const redisUrl = process.env['TEST_REDIS_URL'];
if (!redisUrl && process.env['REQUIRE_TEST_SERVICES'] === '1') throw new Error('TEST_REDIS_URL is required');
const withRedis = redisUrl ? describe : describe.skip;

const graph = {
  '1': storedNode(1, 'event-publish', 'trigger', output1(2)),
  '2': storedNode(2, 'tag-if', 'logic', thenOnly(3), { scope: 'event_attribute', condition: 'in_or', tags: ['tlp:red'] }),
  '3': storedNode(3, 'stop-execution', 'action', [], { message: 'tlp:red events are not published' }),
};
const redEvent = {
  Event: {
    id: '7',
    info: 'redis live test',
    orgc_id: '1',
    org_id: '1',
    Orgc: { id: '1', name: 'ORG' },
    Tag: [],
    Attribute: [{ id: '1', event_id: '7', object_id: '0', type: 'ip-dst', category: 'Network activity', value: '192.0.2.7', to_ids: true, Tag: [{ id: '9', name: 'tlp:red', colour: '#fff', exportable: true, local: false }] }],
    Object: [],
  },
};

function liveClient(url: string): { socket: Socket<LiveServerEvents, LiveClientEvents>; seen: Seen[] } {
  const socket: Socket<LiveServerEvents, LiveClientEvents> = io(url, { path: '/socket.io', transports: ['websocket'], auth: { token: TEST_ADMIN_KEY }, reconnection: false, forceNew: true });
  const seen: Seen[] = [];
  for (const name of ['execution:started', 'node:started', 'node:finished', 'execution:finished']) {
    (socket as unknown as Socket).on(name, (payload: Record<string, unknown>) => seen.push({ name, payload }));
  }
  return { socket, seen };
}

async function subscribed(client: { socket: Socket<LiveServerEvents, LiveClientEvents> }, workflowId: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    client.socket.once('connect', () => resolve());
    client.socket.once('connect_error', reject);
  });
  const ack = await new Promise<LiveAck>((resolve) => (client.socket as unknown as Socket).emit('subscribe', { workflow_id: workflowId }, resolve));
  expect(ack.ok).toBe(true);
}

async function until<T>(probe: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const summary = (seen: Seen[], executionId: string) =>
  seen.filter((e) => e.payload['execution_id'] === executionId).map((e) => `${e.payload['seq']} ${e.name}${e.payload['status'] ? ` ${e.payload['status']}` : ''}`);

const EXPECTED = ['1 execution:started', '2 node:started', '3 node:finished success', '4 node:started', '5 node:finished success', '6 node:started', '7 node:finished blocked', '8 execution:finished'];

/**
 * Several processes on one Redis, in one Jest process: API instances A and B (each its own socket.io server
 * and database) and a worker-like Nest context W that serves no socket clients at all.
 */
withRedis('live traces across processes through Redis', () => {
  const env = { REDIS_URL: redisUrl ?? '', REDIS_PREFIX: `t${randomBytes(4).toString('hex')}` };
  let a: TestApp;
  let b: TestApp;
  let workflowId: string;
  const sockets: Socket[] = [];
  const admin = (r: request.Test) => r.set('Authorization', TEST_ADMIN_KEY);

  beforeAll(async () => {
    [a, b] = await Promise.all([startTestApp({ name: 'sqlite' }, env), startTestApp({ name: 'sqlite' }, env)]);
    const wf = await admin(request(a.url).post('/api/v1/workflows')).send({ name: 'Block tlp:red', trigger_id: 'event-publish', data: graph });
    workflowId = wf.body.id;
    await admin(request(a.url).patch('/api/v1/settings')).send({ 'Plugin.Workflow_enable': true });
    await admin(request(a.url).post('/api/v1/modules/event-publish/enable'));
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.disconnect();
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
  });

  it('a run on A reaches a client on B in order, and A\'s own client once', async () => {
    const onB = liveClient(b.url);
    const onA = liveClient(a.url);
    sockets.push(onB.socket as unknown as Socket, onA.socket as unknown as Socket);
    await Promise.all([subscribed(onB, workflowId), subscribed(onA, workflowId)]);
    const res = await admin(request(a.url).post('/api/v1/hooks/misp/event-publish')).send({ data: redEvent });
    expect(res.body.outcome).toBe('blocked');
    const id = res.body.execution_id as string;
    await until(() => (summary(onB.seen, id).length === 8 ? true : undefined), 'B to receive the run');
    expect(summary(onB.seen, id)).toEqual(EXPECTED);
    expect(onB.seen.find((e) => e.name === 'execution:started')?.payload).toEqual({ execution_id: id, workflow_id: workflowId, trigger_id: 'event-publish', seq: 1, at: expect.any(String) });
    await until(() => (summary(onA.seen, id).length === 8 ? true : undefined), 'A to receive the run');
    await new Promise((r) => setTimeout(r, 200));
    expect(summary(onA.seen, id)).toEqual(EXPECTED);
  });

  it('a run in a process without a socket.io server (a worker) reaches clients of A and B', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mwp-worker-'));
    let worker: INestApplicationContext | undefined;
    try {
      const config = loadConfig({ DATA_DIR: dataDir, ADMIN_API_KEY: TEST_ADMIN_KEY, LOG_LEVEL: 'silent', WORKER: 'false', ...env });
      worker = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: false });
      await worker.init();
      const created = await worker.get(WorkflowsService).create({ name: 'Worker copy', trigger_id: 'event-publish', data: graph } as Parameters<WorkflowsService['create']>[0]);
      const onA = liveClient(a.url);
      const onB = liveClient(b.url);
      sockets.push(onA.socket as unknown as Socket, onB.socket as unknown as Socket);
      await Promise.all([subscribed(onA, created.id), subscribed(onB, created.id)]);
      const runner = worker.get(WorkflowRunnerService);
      const run = await runner.run({ workflow: await worker.get(WorkflowsService).find(created.id), rawData: redEvent, source: 'queue' });
      expect(run.outcome).toBe('blocked');
      await until(() => (summary(onA.seen, run.execution_id).length === 8 && summary(onB.seen, run.execution_id).length === 8 ? true : undefined), 'A and B to receive the worker run');
      expect(summary(onA.seen, run.execution_id)).toEqual(EXPECTED);
      expect(summary(onB.seen, run.execution_id)).toEqual(EXPECTED);
    } finally {
      await worker?.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('live traces while Redis is unreachable', () => {
  let t: TestApp | undefined;
  afterAll(async () => {
    await t?.close();
  });

  it('still serves this process\'s clients, and nothing breaks the run or the process', async () => {
    // HTTP only: this test is about the live feed, not the queue workers.
    t = await startTestApp({ name: 'sqlite' }, { REDIS_URL: 'redis://127.0.0.1:1', WORKER: 'false' });
    const admin = (r: request.Test) => r.set('Authorization', TEST_ADMIN_KEY);
    const wf = await admin(request(t.url).post('/api/v1/workflows')).send({ name: 'Block tlp:red', trigger_id: 'event-publish', data: graph });
    await admin(request(t.url).patch('/api/v1/settings')).send({ 'Plugin.Workflow_enable': true });
    await admin(request(t.url).post('/api/v1/modules/event-publish/enable'));
    const client = liveClient(t.url);
    try {
      await subscribed(client, wf.body.id);
      for (let i = 0; i < 3; i++) {
        const res = await admin(request(t.url).post('/api/v1/hooks/misp/event-publish')).send({ data: redEvent });
        expect(res.body.outcome).toBe('blocked');
        await until(() => (summary(client.seen, res.body.execution_id).length === 8 ? true : undefined), 'the local client');
        expect(summary(client.seen, res.body.execution_id)).toEqual(EXPECTED);
      }
    } finally {
      client.socket.disconnect();
    }
  });
});
