import { block, coreEvent, createTestContext, runModule, toManifest } from '@misp-wf/sdk';
import { stopExecution } from './stop-execution.module';

describe('stop-execution', () => {
  it.each<[string, string | undefined, string]>([
    ['default message', undefined, 'Execution stopped'],
    ['custom (already rendered) message', 'Not on a Friday', 'Not on a Friday'],
    ['an empty rendered value falls back to the default', '', 'Execution stopped'],
  ])('%s', async (_case, message, expected) => {
    const params = message === undefined ? {} : { message };
    const ctx = createTestContext(stopExecution, { params, data: coreEvent() });
    await expect(runModule(stopExecution, ctx)).resolves.toEqual(block(expected));
  });

  it('is a blocking action without outputs whose message supports Jinja', () => {
    const manifest = toManifest(stopExecution);
    expect(manifest).toMatchObject({ module_type: 'action', blocking: true, outputs: 0, inputs: 1, icon: 'ban' });
    expect(manifest.params).toEqual([expect.objectContaining({ id: 'message', default: 'Execution stopped', jinja_supported: true })]);
  });
});
