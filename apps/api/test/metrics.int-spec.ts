import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import request from 'supertest';
import { ExecutionEntity } from '../src/executions/execution.entity';
import { ExecutionsService } from '../src/executions/executions.service';
import { MetricsService } from '../src/metrics/metrics.service';
import { dbTargets } from './support/db-targets';
import { output1, storedNode, thenOnly } from './support/stored-graph';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from './support/test-app';

const tlpRed = (trigger: string) => ({
  '1': storedNode(1, trigger, 'trigger', output1(2)),
  '2': storedNode(2, 'tag-if', 'logic', thenOnly(3), { scope: 'event_attribute', condition: 'in_or', tags: ['tlp:red'] }),
  '3': storedNode(3, 'stop-execution', 'action', [], { message: 'tlp:red events are not published' }),
});

function event(tags: string[]) {
  return {
    Event: {
      id: '3',
      info: 'metrics test',
      orgc_id: '1',
      org_id: '1',
      Orgc: { id: '1', name: 'ORG' },
      Tag: [],
      Attribute: [{ id: '1', event_id: '3', object_id: '0', type: 'ip-dst', category: 'Network activity', value: '192.0.2.3', to_ids: true, Tag: tags.map((name) => ({ id: '9', name, colour: '#fff', exportable: true, local: false })) }],
      Object: [],
    },
  };
}

/** The value of one sample line (`name{labels} value`), or undefined when absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe.each(dbTargets())('/metrics on $name', (target) => {
  let t: TestApp;
  let viewerKey: string;
  const admin = (r: request.Test) => r.set('Authorization', TEST_ADMIN_KEY);
  const scrape = async () => {
    const res = await request(t.url).get('/metrics').set('Authorization', `Bearer ${viewerKey}`);
    expect(res.status).toBe(200);
    return res.text;
  };

  beforeAll(async () => {
    // HTTP only: queued jobs stay queued, so the queue depth is exact.
    t = await startTestApp(target, { WORKER: 'false' });
    viewerKey = (await admin(request(t.url).post('/api/v1/api-keys')).send({ name: 'prometheus', role: 'viewer' })).body.key;
    await admin(request(t.url).patch('/api/v1/settings')).send({ 'Plugin.Workflow_enable': true });
    for (const trigger of ['event-publish', 'event-after-save']) {
      const wf = await admin(request(t.url).post('/api/v1/workflows')).send({ name: `Block tlp:red on ${trigger}`, trigger_id: trigger, data: tlpRed(trigger) });
      expect(wf.status).toBe(201);
      await admin(request(t.url).post(`/api/v1/modules/${trigger}/enable`));
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  it('needs an API key (Prometheus sends it as a bearer token) and answers in the Prometheus text format', async () => {
    const anonymous = await request(t.url).get('/metrics');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('unauthorized');
    const res = await request(t.url).get('/metrics').set('Authorization', `Bearer ${viewerKey}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.text).toContain('# TYPE mwp_workflow_runs_total counter');
    expect(res.text).toContain('# TYPE mwp_workflow_run_duration_seconds histogram');
    // Default process metrics.
    expect(sample(res.text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(res.text).toContain('nodejs_eventloop_lag_seconds');
  });

  it('counts runs by trigger, outcome and source, with their durations', async () => {
    const before = await scrape();
    const blockedSeries = 'mwp_workflow_runs_total{trigger_id="event-publish",outcome="blocked",source="hook"}';
    expect(sample(before, blockedSeries)).toBeUndefined();
    for (const tags of [['tlp:red'], ['tlp:red'], ['tlp:green']]) {
      await admin(request(t.url).post('/api/v1/hooks/misp/event-publish')).send({ data: event(tags) }).expect(200);
    }
    const list = await admin(request(t.url).get('/api/v1/workflows'));
    const wf = (list.body.data ?? list.body).find((w: { trigger_id: string }) => w.trigger_id === 'event-publish');
    await admin(request(t.url).post(`/api/v1/workflows/${wf.id}/execute`)).send({ data: event([]) }).expect(200);

    const text = await scrape();
    expect(sample(text, blockedSeries)).toBe(2);
    expect(sample(text, 'mwp_workflow_runs_total{trigger_id="event-publish",outcome="success",source="hook"}')).toBe(1);
    expect(sample(text, 'mwp_workflow_runs_total{trigger_id="event-publish",outcome="success",source="manual"}')).toBe(1);
    expect(sample(text, 'mwp_workflow_run_duration_seconds_count{trigger_id="event-publish",outcome="blocked"}')).toBe(2);
    expect(sample(text, 'mwp_workflow_run_duration_seconds_count{trigger_id="event-publish",outcome="success"}')).toBe(2);
    expect(sample(text, 'mwp_workflow_run_duration_seconds_bucket{le="+Inf",trigger_id="event-publish",outcome="blocked"}')).toBe(2);
    expect(sample(text, 'mwp_workflow_run_duration_seconds_sum{trigger_id="event-publish",outcome="blocked"}')).toBeGreaterThan(0);
  });

  it('reports the queue depth per queue', async () => {
    expect(sample(await scrape(), 'mwp_queue_depth{queue="event-after-save"}')).toBe(0);
    for (let i = 0; i < 3; i++) {
      await admin(request(t.url).post('/api/v1/hooks/misp/event-after-save')).send({ data: event([]) }).expect(202);
    }
    const text = await scrape();
    expect(sample(text, 'mwp_queue_depth{queue="event-after-save"}')).toBe(3);
    expect(sample(text, 'mwp_queue_depth{queue="attribute-after-save"}')).toBe(0);
  });

  it('reports execution records not yet stored and how far behind they are', async () => {
    const executions = t.app.get(ExecutionsService);
    const metrics = t.app.get(MetricsService);
    const finishedAt = new Date(Date.now() - 5_000);
    const row = Object.assign(new ExecutionEntity(), {
      id: randomUUID(),
      workflowId: null,
      triggerId: 'event-publish',
      source: 'manual',
      outcome: 'success',
      outcomeText: 'success',
      success: true,
      errors: '[]',
      steps: '[]',
      startedAt: finishedAt,
      finishedAt,
      durationMs: 0,
    });
    void executions.record(row);
    // Scraped in the same tick as the record: the 50 ms batch has not been written yet.
    const buffered = (await metrics.render()).body;
    expect(sample(buffered, 'mwp_execution_records_pending')).toBe(1);
    expect(sample(buffered, 'mwp_execution_recording_lag_seconds')).toBeGreaterThanOrEqual(5);
    await executions.flush();
    const text = await scrape();
    expect(sample(text, 'mwp_execution_records_pending')).toBe(0);
    expect(sample(text, 'mwp_execution_recording_lag_seconds')).toBe(0);
  });

  it('reports connected live-trace clients', async () => {
    const socket: Socket = io(t.url, { path: '/socket.io', transports: ['websocket'], auth: { token: viewerKey }, reconnection: false, forceNew: true });
    try {
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', () => resolve());
        socket.once('connect_error', reject);
      });
      expect(sample(await scrape(), 'mwp_live_clients')).toBe(1);
    } finally {
      socket.disconnect();
    }
  });
});
