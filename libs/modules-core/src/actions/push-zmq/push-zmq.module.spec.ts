import { coreEvent, createTestContext, runModule, toManifest } from '@misp-wf/sdk';
import { pushZmq } from './push-zmq.module';

const event = () => coreEvent({ info: 'Published', tags: ['tlp:clear'], attributes: [{ value: '192.0.2.1' }, { value: 'bad.test', type: 'domain' }] });

describe('push-zmq', () => {
  it('publishes the whole roaming data on misp_json_workflow, data unchanged', async () => {
    const data = event();
    const before = structuredClone(data);
    const ctx = createTestContext(pushZmq, { data });
    await expect(runModule(pushZmq, ctx)).resolves.toEqual({ kind: 'ok' });
    expect(ctx.zmqMessages).toEqual([{ topic: 'misp_json_workflow', message: data }]);
    expect(ctx.currentData()).toEqual(before);
  });

  it('publishes what data_extraction_path extracts (a list, even when empty)', async () => {
    const ctx = createTestContext(pushZmq, { data: event(), params: { data_extraction_path: 'Event._AttributeFlattened.{n}.value' } });
    await expect(runModule(pushZmq, ctx)).resolves.toEqual({ kind: 'ok' });
    const none = createTestContext(pushZmq, { data: event(), params: { data_extraction_path: 'Event.Sighting.{n}' } });
    await runModule(pushZmq, none);
    expect([...ctx.zmqMessages, ...none.zmqMessages]).toEqual([
      { topic: 'misp_json_workflow', message: ['192.0.2.1', 'bad.test'] },
      { topic: 'misp_json_workflow', message: [] },
    ]);
  });

  it('fails with MISP message on a path Hash cannot evaluate, publishing nothing', async () => {
    const path = 'Event._AttributeFlattened.{n}[value=/(\\d+)*$/].value';
    const ctx = createTestContext(pushZmq, { data: event(), params: { data_extraction_path: path } });
    await expect(runModule(pushZmq, ctx)).resolves.toEqual({
      kind: 'fail',
      message: `Error while trying to extract data with path \`${path}\``,
      cause: 'configuration-invalid',
    });
    expect(ctx.zmqMessages).toEqual([]);
  });

  it('fails the node when the publisher refuses (e.g. ZeroMQ disabled)', async () => {
    const ctx = createTestContext(pushZmq, { data: event() });
    ctx.zmq.publish = async () => {
      throw new Error('ZeroMQ is disabled (Plugin.ZeroMQ_enable is off)');
    };
    await expect(runModule(pushZmq, ctx)).resolves.toEqual({
      kind: 'fail',
      message: 'Could not publish on ZeroMQ: ZeroMQ is disabled (Plugin.ZeroMQ_enable is off)',
      cause: 'configuration-invalid',
    });
  });

  it('declares MISP params and version', () => {
    const manifest = toManifest(pushZmq);
    expect(manifest).toMatchObject({ id: 'push-zmq', version: '0.2.0', blocking: false, expect_misp_core_format: false, outputs: 1 });
    expect(manifest.params).toEqual([expect.objectContaining({ id: 'data_extraction_path', type: 'hashpath', default: '' })]);
  });
});
