import { randomUUID } from 'node:crypto';
import type { LiveAck, LiveClientEvents, LiveServerEvents, LiveTraceEventName } from '@misp-wf/contracts';
import { io, type Socket } from 'socket.io-client';
import request from 'supertest';
import { WorkflowRunnerService } from '../src/runs/workflow-runner.service';
import { dbTargets } from './support/db-targets';
import { output1, storedNode, thenOnly, type StoredNode } from './support/stored-graph';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from './support/test-app';

type LiveSocket = Socket<LiveServerEvents, LiveClientEvents>;
type Seen = { name: LiveTraceEventName | 'live:dropped'; payload: Record<string, unknown> };

/** 1(trigger) ─▶ 2(IF tag in_or [tlp:red]) ─then▶ 3(stop-execution): MISP's "block tlp:red" blocking workflow. */
function tlpRedGraph(): Record<string, StoredNode> {
  return {
    '1': storedNode(1, 'event-publish', 'trigger', output1(2)),
    '2': storedNode(2, 'tag-if', 'logic', thenOnly(3), { scope: 'event_attribute', condition: 'in_or', tags: ['tlp:red'] }),
    '3': storedNode(3, 'stop-execution', 'action', [], { message: 'tlp:red events are not published' }),
  };
}

/** A trigger followed by `length` pass-through nodes: many events per run, for the slow-client test. */
function chainGraph(trigger: string, length: number): Record<string, StoredNode> {
  const graph: Record<string, StoredNode> = { '1': storedNode(1, trigger, 'trigger', output1(2)) };
  for (let id = 2; id <= length + 1; id++) {
    graph[String(id)] = storedNode(id, 'generic-filter-reset', 'logic', id <= length ? output1(id + 1) : { output_1: { connections: [] } }, { 'filtering-label': 'all' });
  }
  return graph;
}

function rawEvent(attributeTags: string[]) {
  const tag = (name: string) => ({ id: '9', name, colour: '#fff', exportable: true, local: false });
  return {
    Event: {
      id: '12',
      info: 'live trace test',
      orgc_id: '1',
      org_id: '1',
      Orgc: { id: '1', name: 'ORG' },
      Tag: [],
      Attribute: [{ id: '1', event_id: '12', object_id: '0', type: 'ip-dst', category: 'Network activity', value: '192.0.2.1', to_ids: true, Tag: attributeTags.map(tag) }],
      Object: [],
    },
  };
}

const TRACE_EVENTS: readonly Seen['name'][] = ['execution:started', 'node:started', 'node:finished', 'execution:finished', 'live:dropped'];

/** A socket.io client that records every live event in arrival order. */
function liveClient(url: string, token: string | undefined): { socket: LiveSocket; seen: Seen[] } {
  const socket: LiveSocket = io(url, { path: '/socket.io', transports: ['websocket'], auth: token === undefined ? {} : { token }, reconnection: false, forceNew: true });
  const seen: Seen[] = [];
  for (const name of TRACE_EVENTS) {
    (socket as unknown as Socket).on(name, (payload: Record<string, unknown>) => seen.push({ name, payload }));
  }
  return { socket, seen };
}

function connected(socket: LiveSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => reject(error));
  });
}

function refused(socket: LiveSocket): Promise<Error & { data?: { code: string; message: string } }> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => reject(new Error('connected although it should have been refused')));
    socket.once('connect_error', (error) => resolve(error as Error & { data?: { code: string; message: string } }));
  });
}

function emitWithAck(socket: LiveSocket, event: 'subscribe' | 'unsubscribe', body: unknown): Promise<LiveAck> {
  return new Promise((resolve) => (socket as unknown as Socket).emit(event, body, (answer: LiveAck) => resolve(answer)));
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

const finishedOf = (seen: Seen[], executionId: string) => seen.find((e) => e.name === 'execution:finished' && e.payload['execution_id'] === executionId);
const ofExecution = (seen: Seen[], executionId: string) => seen.filter((e) => e.payload['execution_id'] === executionId);

/**
 * A client on the long-polling transport that stops polling after it subscribed: every event sent to it
 * waits in the server's write buffer, as for a client that does not read.
 */
class StalledPollingClient {
  private constructor(
    private readonly base: string,
    private readonly sid: string,
  ) {}

  static async open(url: string, token: string, workflowId: string): Promise<StalledPollingClient> {
    const handshake = await (await fetch(`${url}/socket.io/?EIO=4&transport=polling`)).text();
    const { sid } = JSON.parse(handshake.slice(1)) as { sid: string };
    const client = new StalledPollingClient(`${url}/socket.io/?EIO=4&transport=polling&sid=${sid}`, sid);
    await client.post(`40${JSON.stringify({ token })}`);
    expect((await client.poll())[0]).toMatch(/^40\{"sid":/);
    await client.post(`421${JSON.stringify(['subscribe', { workflow_id: workflowId }])}`);
    expect(await client.poll()).toEqual([expect.stringMatching(/^431\[\{"ok":true/)]);
    return client;
  }

  /** engine.io packets waiting for this client (one long-poll). */
  async poll(): Promise<string[]> {
    const res = await fetch(this.base);
    return (await res.text()).split('\x1e');
  }

  /** One last poll lets the server finish closing (it sends engine.io's close packet, `1`, to a waiting poll). */
  async finish(): Promise<string> {
    const res = await fetch(this.base);
    return res.status === 200 ? await res.text() : `HTTP ${res.status}`;
  }

  private async post(packet: string): Promise<void> {
    const res = await fetch(this.base, { method: 'POST', body: packet, headers: { 'content-type': 'text/plain;charset=UTF-8' } });
    expect(await res.text()).toBe('ok');
  }
}

describe.each(dbTargets())('live execution traces over socket.io on $name', (target) => {
  let t: TestApp;
  let viewerKey: string;
  let viewerKeyId: string;
  let workflowId: string;
  const clients: LiveSocket[] = [];
  const admin = (r: request.Test) => r.set('Authorization', TEST_ADMIN_KEY);
  const track = (c: { socket: LiveSocket; seen: Seen[] }) => {
    clients.push(c.socket);
    return c;
  };
  const hook = async (tags: string[]) => {
    const res = await admin(request(t.url).post('/api/v1/hooks/misp/event-publish')).send({ data: rawEvent(tags) });
    expect(res.status).toBe(200);
    return res.body as { outcome: string; execution_id: string; errors: string[] };
  };

  beforeAll(async () => {
    t = await startTestApp(target);
    const key = await admin(request(t.url).post('/api/v1/api-keys')).send({ name: 'live viewer', role: 'viewer' });
    expect(key.status).toBe(201);
    viewerKey = key.body.key;
    viewerKeyId = key.body.id;
    const wf = await admin(request(t.url).post('/api/v1/workflows')).send({ name: 'Block tlp:red', trigger_id: 'event-publish', data: tlpRedGraph() });
    expect(wf.status).toBe(201);
    workflowId = wf.body.id;
    await admin(request(t.url).patch('/api/v1/settings')).send({ 'Plugin.Workflow_enable': true });
    await admin(request(t.url).post('/api/v1/modules/event-publish/enable'));
  });
  afterEach(() => {
    for (const socket of clients.splice(0)) socket.disconnect();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses a connection without a key and with a wrong key, with a clear connect_error', async () => {
    const missing = await refused(track(liveClient(t.url, undefined)).socket);
    expect(missing.message).toContain('Missing API key');
    expect(missing.data).toEqual({ code: 'unauthorized', message: missing.message });
    const wrong = await refused(track(liveClient(t.url, 'not-a-key-of-this-platform-0123456789')).socket);
    expect(wrong.message).toBe('Invalid API key');
    expect(wrong.data?.code).toBe('unauthorized');
  });

  it('accepts a viewer key and answers bad subscriptions with a validation error', async () => {
    const { socket } = track(liveClient(t.url, viewerKey));
    await connected(socket);
    expect(await emitWithAck(socket, 'subscribe', {})).toEqual({ ok: false, error: { code: 'validation_failed', message: expect.stringContaining('workflow_id') } });
    expect(await emitWithAck(socket, 'subscribe', 'workflow')).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    expect(await emitWithAck(socket, 'subscribe', { workflow_id: 'a b/../c' })).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    expect(await emitWithAck(socket, 'subscribe', { workflow_id: workflowId })).toEqual({ ok: true, rooms: [`workflow:${workflowId}`] });
  });

  it('streams a blocking hook run to workflow subscribers in order, with seq 1…n and the right statuses', async () => {
    const { socket, seen } = track(liveClient(t.url, viewerKey));
    await connected(socket);
    await emitWithAck(socket, 'subscribe', { workflow_id: workflowId });
    const answer = await hook(['tlp:red']);
    expect(answer.outcome).toBe('blocked');
    const id = answer.execution_id;
    await until(() => finishedOf(seen, id), 'execution:finished');
    const events = ofExecution(seen, id);
    expect(events.map((e) => `${e.name}${e.payload['node_id'] ? `:${e.payload['node_id']}` : ''}${e.payload['status'] ? `:${e.payload['status']}` : ''}`)).toEqual([
      'execution:started',
      'node:started:1',
      'node:finished:1:success',
      'node:started:2',
      'node:finished:2:success',
      'node:started:3',
      'node:finished:3:blocked',
      'execution:finished',
    ]);
    expect(events.map((e) => e.payload['seq'])).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // Exactly the fields of contract §7.
    expect(events[0].payload).toEqual({ execution_id: id, workflow_id: workflowId, trigger_id: 'event-publish', seq: 1, at: expect.any(String) });
    expect(Number.isNaN(Date.parse(events[0].payload['at'] as string))).toBe(false);
    expect(Object.keys(events[1].payload).sort()).toEqual(['at', 'execution_id', 'module_id', 'node_id', 'seq']);
    expect(events[5].payload).toMatchObject({ node_id: 3, module_id: 'stop-execution' });
    expect(Object.keys(events[6].payload).sort()).toEqual(['data_preview', 'duration_ms', 'error', 'execution_id', 'module_id', 'node_id', 'seq', 'status']);
    expect(events[6].payload['error']).toContain('tlp:red events are not published');
    expect(events[4].payload).toMatchObject({ module_id: 'tag-if', status: 'success', duration_ms: expect.any(Number) });
    expect(events[7].payload).toEqual({ execution_id: id, outcome: 'blocked', errors: answer.errors, duration_ms: expect.any(Number), seq: 8 });
    // The record is stored by the time watchers hear the run ended.
    const stored = await admin(request(t.url).get(`/api/v1/executions/${id}`));
    expect(stored.body).toMatchObject({ id, outcome: 'blocked' });
  });

  it('sends one copy to a client subscribed to both the workflow and the execution, and keeps runs apart', async () => {
    const both = track(liveClient(t.url, viewerKey));
    const other = track(liveClient(t.url, viewerKey));
    await Promise.all([connected(both.socket), connected(other.socket)]);
    const executionId = randomUUID();
    expect(await emitWithAck(both.socket, 'subscribe', { workflow_id: workflowId, execution_id: executionId })).toEqual({ ok: true, rooms: [`workflow:${workflowId}`, `execution:${executionId}`] });
    // A client watching only this execution, subscribed before the run exists.
    expect(await emitWithAck(other.socket, 'subscribe', { execution_id: executionId })).toMatchObject({ ok: true });
    const runner = t.app.get(WorkflowRunnerService);
    const workflow = await runner.callableWorkflow('event-publish');
    if (!workflow) throw new Error('the tlp:red workflow should be callable');
    const clean = await hook(['tlp:green']);
    const run = await runner.run({ workflow, rawData: rawEvent(['tlp:green']), source: 'manual', executionId });
    expect(run).toMatchObject({ outcome: 'success', execution_id: executionId });
    await until(() => finishedOf(other.seen, executionId), 'the execution subscriber');
    await until(() => finishedOf(both.seen, executionId), 'the double subscriber');
    await until(() => finishedOf(both.seen, clean.execution_id), 'the workflow run seen by the workflow subscriber');
    // node 3 is not reached on a clean event: started, 1, 2 (IF, else branch), finished.
    expect(ofExecution(both.seen, executionId).map((e) => e.payload['seq'])).toEqual([1, 2, 3, 4, 5, 6]);
    expect(ofExecution(other.seen, executionId).map((e) => e.name)).toEqual(['execution:started', 'node:started', 'node:finished', 'node:started', 'node:finished', 'execution:finished']);
    expect(ofExecution(other.seen, clean.execution_id)).toEqual([]);
  });

  it('stops the feed after unsubscribe, and when the key is deleted', async () => {
    const watcher = track(liveClient(t.url, viewerKey));
    const quitter = track(liveClient(t.url, viewerKey));
    await Promise.all([connected(watcher.socket), connected(quitter.socket)]);
    await emitWithAck(watcher.socket, 'subscribe', { workflow_id: workflowId });
    await emitWithAck(quitter.socket, 'subscribe', { workflow_id: workflowId });
    expect(await emitWithAck(quitter.socket, 'unsubscribe', { workflow_id: workflowId })).toEqual({ ok: true, rooms: [`workflow:${workflowId}`] });
    const run = await hook([]);
    await until(() => finishedOf(watcher.seen, run.execution_id), 'the watcher');
    await new Promise((r) => setTimeout(r, 150));
    expect(quitter.seen).toEqual([]);

    const deleted = await admin(request(t.url).delete(`/api/v1/api-keys/${viewerKeyId}`));
    expect(deleted.status).toBe(204);
    const closed = new Promise<string>((resolve) => watcher.socket.once('disconnect', (reason) => resolve(reason)));
    expect(await emitWithAck(watcher.socket, 'subscribe', { workflow_id: workflowId })).toEqual({ ok: false, error: { code: 'unauthorized', message: 'This API key is no longer valid' } });
    expect(await closed).toBe('io server disconnect');
    const key = await admin(request(t.url).post('/api/v1/api-keys')).send({ name: 'live viewer 2', role: 'viewer' });
    viewerKey = key.body.key;
  });

  it('drops a client that does not read its events, while a reading client gets every event', async () => {
    const wf = await admin(request(t.url).post('/api/v1/workflows')).send({ name: 'Long chain', trigger_id: 'event-after-save', data: chainGraph('event-after-save', 40) });
    expect(wf.status).toBe(201);
    const chainId = wf.body.id as string;
    const reader = track(liveClient(t.url, viewerKey));
    await connected(reader.socket);
    await emitWithAck(reader.socket, 'subscribe', { workflow_id: chainId });
    const stalled = await StalledPollingClient.open(t.url, viewerKey, chainId);

    // 84 events per run (trigger + 40 nodes, started and finished, plus the run's start and end).
    const ids: string[] = [];
    for (let i = 0; i < 16; i++) {
      const res = await admin(request(t.url).post(`/api/v1/workflows/${chainId}/execute`)).send({ data: rawEvent([]) });
      expect(res.body.outcome).toBe('success');
      ids.push(res.body.execution_id);
      await new Promise((r) => setTimeout(r, 60)); // let each batch go out, so the backlog is checked between runs
    }
    await until(() => finishedOf(reader.seen, ids[ids.length - 1]), 'the reading client');
    expect(reader.seen.filter((e) => e.name !== 'live:dropped')).toHaveLength(16 * 84);
    expect(reader.seen.some((e) => e.name === 'live:dropped')).toBe(false);

    // What the stalled client finally reads: its backlog, then the reason, then socket.io's disconnect.
    const packets = await stalled.poll();
    const events = packets.filter((p) => p.startsWith('42["node:') || p.startsWith('42["execution:'));
    expect(events.length).toBeGreaterThan(1000);
    expect(events.length).toBeLessThan(16 * 84);
    const droppedAt = packets.findIndex((p) => p.startsWith('42["live:dropped"'));
    expect(droppedAt).toBeGreaterThan(0);
    expect(JSON.parse(packets[droppedAt].slice(2))).toEqual(['live:dropped', { reason: 'slow_consumer', message: expect.stringContaining('disconnected') }]);
    expect(packets.slice(droppedAt + 1)).toContain('41');
    // engine.io's close packet (`1`, maybe after a noop `6`), or an unknown session once it is gone.
    const last = await stalled.finish();
    expect(last === 'HTTP 400' || last.split('\x1e').pop() === '1').toBe(true);

    const metrics = await admin(request(t.url).get('/metrics'));
    expect(metrics.text).toMatch(/^mwp_live_dropped_clients 1$/m);
  }, 60_000);
});
