import { startBuiltApi, type BenchApi, type StartOptions } from './api-server';
import { mispEvent } from './events';
import { flowA, flowB, type FlowName } from './graphs';
import { startSink, type Sink } from './sink';

export const BLOCKING_TRIGGER = 'event-publish';
export const HOOK_PATH = `/api/v1/hooks/misp/${BLOCKING_TRIGGER}`;

export type FlowPlatform = {
  api: BenchApi;
  sink: Sink;
  workflowId: string;
  /** Replaces the `event-publish` workflow's graph with flow A or B. */
  use: (flow: FlowName) => Promise<void>;
  stop: () => Promise<void>;
};

type HookAnswer = { outcome?: string; errors?: string[] };

/**
 * The built API plus the webhook sink, workflows and `event-publish` enabled, arbitrary webhook URLs
 * allowed, one workflow on the trigger whose graph is switched between the flows. Both flows are checked
 * functionally (blocked / not blocked, webhook sent / not sent) before any load.
 */
export async function startFlowPlatform(options: StartOptions = {}): Promise<FlowPlatform> {
  const sink = await startSink();
  let api: BenchApi;
  try {
    api = await startBuiltApi(options);
  } catch (error) {
    await sink.stop();
    throw error;
  }
  const stop = async () => {
    await api.stop();
    await sink.stop();
  };
  try {
    await api.call('PATCH', '/api/v1/settings', {
      'Plugin.Workflow_enable': true,
      [`Plugin.Workflow_triggers_${BLOCKING_TRIGGER}`]: true,
      'Security.rest_client_enable_arbitrary_urls': true,
    });
    const created = await api.call<{ id: string }>('POST', '/api/v1/workflows', { name: 'Benchmark flow', trigger_id: BLOCKING_TRIGGER, data: flowB(BLOCKING_TRIGGER) });
    const use = async (flow: FlowName) => {
      await api.call('PUT', `/api/v1/workflows/${created.id}`, { data: flow === 'A' ? flowA(BLOCKING_TRIGGER, sink.url) : flowB(BLOCKING_TRIGGER) });
    };
    await verifyFlows(api, sink, use);
    return { api, sink, workflowId: created.id, use, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function verifyFlows(api: BenchApi, sink: Sink, use: (flow: FlowName) => Promise<void>): Promise<void> {
  const hook = (data: unknown) => api.call<HookAnswer>('POST', HOOK_PATH, { data });
  const expect = (what: string, answer: HookAnswer, outcome: string) => {
    if (answer.outcome !== outcome) throw new Error(`flow check "${what}": expected ${outcome}, got ${JSON.stringify(answer)}`);
  };
  const loadEvent = mispEvent(10, 99);
  const redEvent = mispEvent(10, 98) as { Event: { Tag: { name: string }[] } };
  redEvent.Event.Tag.push({ ...redEvent.Event.Tag[0], name: 'tlp:red' });
  const cleanEvent = mispEvent(0, 97);

  await use('B');
  expect('B lets the load event through', await hook(loadEvent), 'success');
  expect('B blocks a tlp:red event', await hook(redEvent), 'blocked');
  await use('A');
  sink.reset();
  expect('A posts the load event', await hook(loadEvent), 'success');
  expect('A skips an event without tlp:white', await hook(cleanEvent), 'success');
  const hits = await sink.hits();
  if (hits !== 1) throw new Error(`flow check: the webhook sink got ${hits} calls, expected 1`);
}
