import { Logger } from '@nestjs/common';
import { ACTION_MODULES } from '@misp-wf/modules-core';
import { coreEvent, createTestContext, runModule, type ModuleContext } from '@misp-wf/sdk';
import { Subscriber } from 'zeromq';
import type { SettingsService } from '../../settings/settings.service';
import { settingsOnSqlite } from './settings-on-sqlite.spec-support';
import { ZmqPublisherService } from './zmq-publisher.service';
import { freePort, receiveWhilePublishing } from './zmq.spec-support';


// Looked up in the catalogue the platform loads, so the test runs the module exactly as registered.
const pushZmq = ACTION_MODULES.find((m) => m.id === 'push-zmq');
if (!pushZmq) throw new Error('push-zmq is not in ACTION_MODULES');

/** The built-in `push-zmq` module publishing through the real publisher to a MISP-style subscriber. */
describe('push-zmq over the ZeroMQ publisher', () => {
  let settings: SettingsService;
  let closeSettings: () => Promise<void>;
  let publisher: ZmqPublisherService;
  let sub: Subscriber;

  beforeAll(() => Logger.overrideLogger(false));

  beforeEach(async () => {
    ({ settings, close: closeSettings } = await settingsOnSqlite());
    publisher = new ZmqPublisherService(settings);
    sub = new Subscriber({ linger: 0, receiveTimeout: 5_000 });
  });

  afterEach(async () => {
    sub.close();
    await publisher.onModuleDestroy();
    await closeSettings();
  });

  const run = (path: string) => {
    const data = coreEvent({ info: 'Phishing wave', attributes: [{ value: '198.51.100.7' }, { value: 'evil.test', type: 'domain' }] });
    const ctx: ModuleContext = { ...createTestContext(pushZmq, { data, params: { data_extraction_path: path } }), zmq: publisher };
    return { data, result: () => runModule(pushZmq, ctx) };
  };

  it('delivers "misp_json_workflow <extracted JSON>" to a subscriber', async () => {
    const port = await freePort();
    await settings.patch({ 'Plugin.ZeroMQ_enable': true, 'Plugin.ZeroMQ_port': port });
    sub.connect(`tcp://127.0.0.1:${port}`);
    sub.subscribe('misp_json_workflow');
    const { result } = run('Event._AttributeFlattened.{n}.value');
    const outcomes: unknown[] = [];
    const frame = await receiveWhilePublishing(sub, async () => outcomes.push(await result()));
    expect(frame).toBe('misp_json_workflow ["198.51.100.7","evil.test"]');
    expect(outcomes.every((o) => JSON.stringify(o) === '{"kind":"ok"}')).toBe(true);
  });

  it('fails the node with the publisher message while ZeroMQ is off', async () => {
    const { result, data } = run('');
    await expect(result()).resolves.toEqual({
      kind: 'fail',
      message: 'Could not publish on ZeroMQ: ZeroMQ is disabled: turn on Plugin.ZeroMQ_enable to publish',
      cause: 'configuration-invalid',
    });
    expect(data.Event.info).toBe('Phishing wave');
  });
});
