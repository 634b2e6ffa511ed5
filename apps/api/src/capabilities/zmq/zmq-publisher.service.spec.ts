import { createServer } from 'node:net';
import { Logger } from '@nestjs/common';
import { Subscriber } from 'zeromq';
import type { SettingsService } from '../../settings/settings.service';
import { settingsOnSqlite } from './settings-on-sqlite.spec-support';
import { ZmqPublisherService, ZmqPublishError } from './zmq-publisher.service';
import { freePort, receiveWhilePublishing } from './zmq.spec-support';

describe('ZmqPublisherService (real zeromq PUB socket)', () => {
  let settings: SettingsService;
  let closeSettings: () => Promise<void>;
  let service: ZmqPublisherService;
  const subscribers: Subscriber[] = [];

  const subscribe = (endpoint: string, prefix = 'misp_json_workflow') => {
    const sub = new Subscriber({ linger: 0, receiveTimeout: 5_000 });
    sub.connect(endpoint);
    sub.subscribe(prefix);
    subscribers.push(sub);
    return sub;
  };

  beforeAll(() => Logger.overrideLogger(false));

  beforeEach(async () => {
    ({ settings, close: closeSettings } = await settingsOnSqlite());
    service = new ZmqPublisherService(settings);
  });

  afterEach(async () => {
    for (const sub of subscribers.splice(0)) sub.close();
    await service.onModuleDestroy();
    await closeSettings();
  });

  it('refuses to publish while Plugin.ZeroMQ_enable is off (the default), without binding', async () => {
    await expect(service.publish('misp_json_workflow', { a: 1 })).rejects.toThrow(
      new ZmqPublishError('ZeroMQ is disabled: turn on Plugin.ZeroMQ_enable to publish'),
    );
    expect(service.boundEndpoint).toBeNull();
  });

  it('binds lazily to the configured port and sends MISP frames "<topic> <json>"', async () => {
    const port = await freePort();
    await settings.patch({ 'Plugin.ZeroMQ_enable': true, 'Plugin.ZeroMQ_port': port });
    expect(service.boundEndpoint).toBeNull();
    const event = { Event: { id: '1', info: 'Phishing wave', Tag: [{ name: 'tlp:green' }] } };
    const sub = subscribe(`tcp://127.0.0.1:${port}`);
    const frame = await receiveWhilePublishing(sub, () => service.publish('misp_json_workflow', event));
    expect(frame).toBe(`misp_json_workflow ${JSON.stringify(event)}`);
    expect(service.boundEndpoint).toBe(`tcp://127.0.0.1:${port}`);

    // Once subscribed, every publish arrives, in order, as one frame each.
    await service.publish('misp_json_workflow', ['198.51.100.7', 'evil.test']);
    await service.publish('misp_json_workflow', 'text');
    const next: string[] = [];
    for await (const [msg] of sub) {
      const text = msg.toString('utf8');
      if (text === frame) continue; // extra copies sent while the subscription was being set up
      next.push(text);
      if (next.length === 2) break;
    }
    expect(next).toEqual(['misp_json_workflow ["198.51.100.7","evil.test"]', 'misp_json_workflow "text"']);
  });

  it('subscribers filter on the topic prefix as with MISP feeds', async () => {
    const port = await freePort();
    await settings.patch({ 'Plugin.ZeroMQ_enable': true, 'Plugin.ZeroMQ_port': port });
    const sub = subscribe(`tcp://127.0.0.1:${port}`, 'misp_json_self');
    const frame = await receiveWhilePublishing(sub, async () => {
      await service.publish('misp_json_workflow', { skipped: true });
      await service.publish('misp_json_self', { status: 'alive' });
    });
    expect(frame).toBe('misp_json_self {"status":"alive"}');
  });

  it('rebinds when the port setting changes and unbinds when turned off', async () => {
    const [first, second] = [await freePort(), await freePort()];
    await settings.patch({ 'Plugin.ZeroMQ_enable': true, 'Plugin.ZeroMQ_port': first });
    await service.publish('misp_json_workflow', { n: 1 });
    expect(service.boundEndpoint).toBe(`tcp://127.0.0.1:${first}`);

    await settings.patch({ 'Plugin.ZeroMQ_port': second });
    const sub = subscribe(`tcp://127.0.0.1:${second}`);
    await expect(receiveWhilePublishing(sub, () => service.publish('misp_json_workflow', { n: 2 }))).resolves.toBe('misp_json_workflow {"n":2}');
    expect(service.boundEndpoint).toBe(`tcp://127.0.0.1:${second}`);
    // The first port is free again.
    const probe = createServer();
    await new Promise<void>((resolve, reject) => probe.once('error', reject).listen(first, '127.0.0.1', resolve));
    await new Promise((resolve) => probe.close(resolve));

    await settings.patch({ 'Plugin.ZeroMQ_enable': false });
    await expect(service.publish('misp_json_workflow', { n: 3 })).rejects.toThrow('ZeroMQ is disabled');
    expect(service.boundEndpoint).toBeNull();
  });

  it('reports a port it cannot bind, and binds once the port is free', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    await settings.patch({ 'Plugin.ZeroMQ_enable': true, 'Plugin.ZeroMQ_port': port });
    await expect(service.publish('misp_json_workflow', {})).rejects.toThrow(
      new RegExp(`^Could not bind the ZeroMQ publisher to tcp://127\\.0\\.0\\.1:${port}: `),
    );
    expect(service.boundEndpoint).toBeNull();
    await new Promise((resolve) => blocker.close(resolve));
    await service.publish('misp_json_workflow', {});
    expect(service.boundEndpoint).toBe(`tcp://127.0.0.1:${port}`);
  });

  it('serialises concurrent publishes (zeromq allows one send at a time)', async () => {
    const port = await freePort();
    await settings.patch({ 'Plugin.ZeroMQ_enable': true, 'Plugin.ZeroMQ_port': port });
    await expect(Promise.all(Array.from({ length: 50 }, (_, i) => service.publish('misp_json_workflow', { i })))).resolves.toHaveLength(50);
  });

  it('rejects a topic that would break the frame, and everything after shutdown', async () => {
    await expect(service.publish('misp json', {})).rejects.toThrow('Invalid ZeroMQ topic "misp json"');
    await settings.patch({ 'Plugin.ZeroMQ_enable': true, 'Plugin.ZeroMQ_port': await freePort() });
    await service.publish('misp_json_workflow', {});
    await service.onModuleDestroy();
    expect(service.boundEndpoint).toBeNull();
    await expect(service.publish('misp_json_workflow', {})).rejects.toThrow('The ZeroMQ publisher is shut down');
  });
});
