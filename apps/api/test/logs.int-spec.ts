import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { dbTargets } from './support/db-targets';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from './support/test-app';
import { storedNode } from './support/stored-graph';

const node = storedNode;
/** 1(event-publish) ─▶ 2(stop-execution) */
const graph = {
  '1': node(1, 'event-publish', 'trigger', { output_1: { connections: [{ node: '2', output: 'input_1' }] } }),
  '2': node(2, 'stop-execution', 'action', []),
};

describe.each(dbTargets())('application log on $name', (target) => {
  let t: TestApp;
  let workflowId: string;
  const http = () => request(t.url);
  const admin = (r: request.Test) => r.set('Authorization', TEST_ADMIN_KEY);

  beforeAll(async () => {
    t = await startTestApp(target);
    await admin(http().patch('/api/v1/settings')).send({ 'Plugin.Workflow_enable': true, 'Plugin.Workflow_triggers_event-publish': true });
    const created = await admin(http().post('/api/v1/workflows')).send({ name: 'Stop all', trigger_id: 'event-publish', data: graph, debug_enabled: true });
    workflowId = created.body.id;
    const res = await admin(http().post('/api/v1/hooks/misp/event-publish')).send({
      data: { Event: { id: '7', info: 'x' } },
      logging: { model: 'Event', action: 'publish', id: 7, message: 'Publishing stopped by a blocking workflow.' },
    });
    expect(res.body.outcome).toBe('blocked');
  });
  afterAll(async () => {
    await t?.close();
  });

  it("writes MISP's workflow entries, newest first", async () => {
    const res = await admin(http().get(`/api/v1/logs?model=Workflow&action=execute_workflow&model_id=${workflowId}`));
    const titles = res.body.data.map((e: { title: string }) => e.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        `Started executing workflow for trigger \`event-publish\` (${workflowId})`,
        `Execution stopped. \nNode \`stop-execution\` (2) from Workflow \`Stop all\` (${workflowId}) returned the following error: Execution stopped`,
        `Finished executing workflow for trigger \`event-publish\` (${workflowId}). Outcome: blocked`,
      ]),
    );
    expect(titles[0]).toContain('Finished executing workflow');
    expect(res.body.data[0]).toMatchObject({ email: 'SYSTEM', model: 'Workflow' });
  });

  it("logs the refusal under the caller's model, as MISP's executeTrigger does", async () => {
    const res = await admin(http().get('/api/v1/logs?model=Event&action=publish'));
    expect(res.body.data).toEqual([
      expect.objectContaining({ model_id: '7', title: 'Publishing stopped by a blocking workflow.', change: expect.stringMatching(/^Returned message: Node `stop-execution`/) }),
    ]);
  });

  it('paginates', async () => {
    const res = await admin(http().get('/api/v1/logs?limit=1&page=2'));
    expect(res.body).toMatchObject({ page: 2, limit: 1 });
    expect(res.body.data).toHaveLength(1);
    expect(res.body.total).toBeGreaterThanOrEqual(4);
  });

  it('appends to workflow-execution.log in DATA_DIR', async () => {
    await admin(http().get('/api/v1/logs')); // flushes the buffer
    const text = readFileSync(join(t.dataDir, 'workflow-execution.log'), 'utf8');
    expect(text).toMatch(new RegExp(`^\\[\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\] Workflow\\(event-publish:${workflowId}\\)\\. Started executing workflow`, 'm'));
  });
});
