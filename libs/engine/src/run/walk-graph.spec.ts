import { action, buildGraph, logic, trigger } from './__fixtures__/graph-builder';
import { portsFor, recorder, stopExecution, tagIf } from './__fixtures__/test-modules';
import type { ConcurrentBranchJob, RoamingRecord } from './run.types';
import { walkGraph } from './walk-graph';

const workflow = { id: 'wf-1', name: 'Workflow for trigger event-publish' };
const event = (tags: string[]): RoamingRecord => ({
  Event: { id: '1', info: 'x', Tag: tags.map((name) => ({ name })), _AttributeFlattened: [] },
});

describe('walkGraph', () => {
  // 1(trigger) ─▶ 2(tag-if tlp:red) ─then▶ 3(stop-execution)
  const blockingGraph = buildGraph(
    [trigger(1), logic(2, 'tag-if', { scope: 'event', condition: 'in_or', tags: ['tlp:red'] }), action(3, 'stop-execution')],
    [[1, 2], [2, 3, 'output_1']],
  );

  it('stops with MISP\'s error string when stop-execution is reached on a blocking path', async () => {
    const r = await walkGraph({ graph: blockingGraph, workflow, startNodeId: 1, pathType: 'blocking', data: event(['tlp:red']), ports: portsFor([tagIf, stopExecution]) });
    expect(r.success).toBe(false);
    expect(r.blockedByModule).toBe(true);
    expect(r.errors).toEqual([
      'Node `stop-execution` (3) from Workflow `Workflow for trigger event-publish` (wf-1) returned the following error: Execution stopped',
    ]);
    expect(r.walk).toEqual({ executed_nodes: [3], blocking_nodes: [3], blocked_paths: [] });
  });

  it('takes the else branch (nothing connected) when the condition is false', async () => {
    const r = await walkGraph({ graph: blockingGraph, workflow, startNodeId: 1, pathType: 'blocking', data: event(['tlp:white']), ports: portsFor([tagIf, stopExecution]) });
    expect(r.success).toBe(true);
    expect(r.walk.executed_nodes).toEqual([]);
  });

  // 1(trigger) ─▶ 2(webhook fails) ─▶ 3(recorder)
  const chain = buildGraph([trigger(1), action(2, 'webhook'), action(3, 'push')], [[1, 2], [2, 3]]);

  it('on a blocking path a failing non-blocking action is recorded and the chain continues', async () => {
    const failing = recorder('webhook', { fail: 'HTTP 500' });
    const next = recorder('push');
    const r = await walkGraph({ graph: chain, workflow, startNodeId: 1, pathType: 'blocking', data: event([]), ports: portsFor([failing.module, next.module]) });
    expect(r.success).toBe(true);
    expect(r.errors).toEqual([expect.stringContaining('Node `webhook` (2)')]);
    expect(next.seen).toHaveLength(1);
    expect(r.walk.blocking_nodes).toEqual([2]);
  });

  it('on a non-blocking path a failing action skips the rest of its path', async () => {
    const failing = recorder('webhook', { fail: 'HTTP 500' });
    const next = recorder('push');
    const r = await walkGraph({ graph: chain, workflow, startNodeId: 1, pathType: 'non-blocking', data: event([]), ports: portsFor([failing.module, next.module]) });
    expect(r.success).toBe(true);
    expect(next.seen).toHaveLength(0);
    expect(r.walk.blocked_paths).toEqual([['1:output_1:0:2', '2:output_1:0:3']]);
  });

  it('a blocking module that fails ends even a non-blocking walk', async () => {
    const failing = recorder('webhook', { fail: 'no', blocking: true });
    const next = recorder('push');
    const r = await walkGraph({ graph: chain, workflow, startNodeId: 1, pathType: 'non-blocking', data: event([]), ports: portsFor([failing.module, next.module]) });
    expect(r.success).toBe(false);
    expect(r.blockedByModule).toBe(false);
    expect(next.seen).toHaveLength(0);
  });

  it.each([
    ['disabled', { disabled: ['webhook'] }, [], 'Could not execute disabled module `webhook`.'],
    ['unknown', {}, [], 'Could not load class for module: webhook'],
  ])('a %s module fails its node with MISP\'s message', async (_label, extra, modules, message) => {
    const log = jest.fn();
    const r = await walkGraph({ graph: chain, workflow, startNodeId: 1, pathType: 'blocking', data: event([]), ports: portsFor([...modules, recorder('push').module], { ...extra, log }) });
    expect(r.errors[0]).toContain(message);
    expect(log).toHaveBeenCalledWith(expect.objectContaining({ level: 'error', message, nodeId: 2 }));
  });

  it('a disabled blocking module still ends the walk (MISP §3.10)', async () => {
    const next = recorder('push');
    const ports = portsFor([next.module]);
    const resolveModule = (type: 'trigger' | 'logic' | 'action', id: string) =>
      id === 'webhook' ? ({ status: 'disabled', blocking: true } as const) : ports.resolveModule(type, id);
    const r = await walkGraph({ graph: chain, workflow, startNodeId: 1, pathType: 'blocking', data: event([]), ports: { ...ports, resolveModule } });
    expect(r.success).toBe(false);
    expect(r.errors[0]).toContain('Could not execute disabled module `webhook`.');
    expect(next.seen).toHaveLength(0);
  });

  it('an exception thrown by a module becomes a failure of that node and never escapes', async () => {
    const thrower = recorder('webhook', { throws: 'socket hang up' });
    const r = await walkGraph({ graph: chain, workflow, startNodeId: 1, pathType: 'blocking', data: event([]), ports: portsFor([thrower.module, recorder('push').module]) });
    expect(r.success).toBe(true);
    expect(r.errors[0]).toContain('Error while executing module webhook. Error: socket hang up');
  });

  it('a module past its deadline fails with a timeout error', async () => {
    const hanging = recorder('webhook', { hangs: true });
    const r = await walkGraph({ graph: chain, workflow, startNodeId: 1, pathType: 'blocking', data: event([]), nodeTimeoutMs: 30, ports: portsFor([hanging.module, recorder('push').module]) });
    expect(r.errors[0]).toContain('timed out after 30 ms');
  });

  it('a cancelled run stops before the next node', async () => {
    const controller = new AbortController();
    const first = { ...recorder('webhook').module, exec: () => { controller.abort(); return { kind: 'ok' as const }; } };
    const next = recorder('push');
    const r = await walkGraph({ graph: chain, workflow, startNodeId: 1, pathType: 'blocking', data: event([]), signal: controller.signal, ports: portsFor([first, next.module]) });
    expect(r.success).toBe(false);
    expect(r.errors).toContain('Execution cancelled');
    expect(next.seen).toHaveLength(0);
  });

  it('reports a missing start node', async () => {
    const r = await walkGraph({ graph: chain, workflow, startNodeId: 99, pathType: 'blocking', data: {}, ports: portsFor([]) });
    expect(r).toMatchObject({ success: false, errors: ['Could not find start node 99'] });
  });

  // 1(trigger) ─▶ 2(concurrent-task) ═▶ 3(push), 4(webhook)
  it('a concurrent task hands each branch to the queue with a data snapshot and does not descend', async () => {
    const graph = buildGraph([trigger(1), logic(2, 'concurrent-task'), action(3, 'push'), action(4, 'webhook')], [[1, 2], [2, 3], [2, 4]]);
    const jobs: ConcurrentBranchJob[] = [];
    const push = recorder('push');
    const data = event(['a']);
    const r = await walkGraph({ graph, workflow, startNodeId: 1, pathType: 'blocking', data, ports: portsFor([push.module, recorder('webhook').module], { enqueueBranch: async (j) => void jobs.push(j) }) });
    expect(r.success).toBe(true);
    expect(push.seen).toHaveLength(0);
    expect(jobs.map((j) => j.startNodeId)).toEqual([3, 4]);
    expect(jobs[0].data).toBe(data);

    // The worker side: a non-blocking walk from the branch node executes it.
    const branch = await walkGraph({ graph, workflow, startNodeId: jobs[0].startNodeId, pathType: 'non-blocking', data: jobs[0].data, ports: portsFor([push.module]) });
    expect(branch.walk.executed_nodes).toEqual([3]);
    expect(push.seen).toEqual([data]);
  });

  it('a disabled concurrent task schedules nothing', async () => {
    const graph = buildGraph([trigger(1), logic(2, 'concurrent-task'), action(3, 'push')], [[1, 2], [2, 3]]);
    const enqueueBranch = jest.fn();
    await walkGraph({ graph, workflow, startNodeId: 1, pathType: 'blocking', data: {}, ports: portsFor([], { enqueueBranch, disabled: ['concurrent-task'] }) });
    expect(enqueueBranch).not.toHaveBeenCalled();
  });

  // 1 ─▶ 2(push) ─▶ 3(push) where 2 also ─▶ 3 twice: a node reached by two paths runs once per path
  it('visits outputs and connections in JSON order, depth first', async () => {
    const graph = buildGraph([trigger(1), action(2, 'a'), action(3, 'b'), action(4, 'c')], [[1, 2], [2, 3], [1, 4]]);
    const order: string[] = [];
    const mk = (id: string) => ({ id, type: 'action' as const, blocking: false, exec: () => { order.push(id); return { kind: 'ok' as const }; } });
    await walkGraph({ graph, workflow, startNodeId: 1, pathType: 'blocking', data: {}, ports: portsFor([mk('a'), mk('b'), mk('c')]) });
    expect(order).toEqual(['a', 'b', 'c']);
  });

  it('refuses a path longer than MAX_PATH_LENGTH (a graph that bypassed validation)', async () => {
    const ids = Array.from({ length: 600 }, (_, i) => i + 2);
    const graph = buildGraph([trigger(1), ...ids.map((id) => action(id, 'push'))], [[1, 2], ...ids.slice(1).map((id): [number, number] => [id - 1, id])]);
    const r = await walkGraph({ graph, workflow, startNodeId: 1, pathType: 'blocking', data: {}, ports: portsFor([recorder('push').module]) });
    expect(r.success).toBe(false);
    expect(r.errors[0]).toContain('Path longer than 500');
  });

  // 1 ─▶ 2 ─▶ 3 ─▶ 2 (a cycle saved without validation): each edge is taken once per path
  it('does not loop forever on a cyclic graph', async () => {
    const graph = buildGraph([trigger(1), action(2, 'push'), action(3, 'push')], [[1, 2], [2, 3], [3, 2]]);
    const push = recorder('push');
    const r = await walkGraph({ graph, workflow, startNodeId: 1, pathType: 'blocking', data: {}, ports: portsFor([push.module]) });
    expect(r.success).toBe(true);
    expect(r.walk.executed_nodes).toEqual([2, 3, 2]);
  });

  it('emits trace events in order with durations and bounded previews', async () => {
    const events: { type: string; nodeId?: number; status?: string; dataPreview?: string }[] = [];
    await walkGraph({
      graph: chain,
      workflow,
      startNodeId: 1,
      pathType: 'blocking',
      data: event(['x'.repeat(500)]),
      executionId: 'e1',
      ports: portsFor([recorder('webhook').module, recorder('push', { fail: 'x' }).module], { trace: { emit: (e) => void events.push(e), previewBytes: 64 } }),
    });
    expect(events.map((e) => `${e.type}:${e.nodeId}:${e.status ?? ''}`)).toEqual([
      'node:started:1:', 'node:finished:1:success', 'node:started:2:', 'node:finished:2:success', 'node:started:3:', 'node:finished:3:failure',
    ]);
    expect(events[3].dataPreview?.length).toBeLessThanOrEqual(65);
  });
});
