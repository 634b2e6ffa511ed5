import { TRIGGER_DEFINITIONS, TRIGGER_IDS } from '@misp-wf/engine';
import { coreEvent, createTestContext, runModule, toManifest } from '@misp-wf/sdk';
import { TRIGGER_MODULES } from './trigger-modules';

describe('trigger modules', () => {
  it('has the 17 MISP triggers in MISP order', () => {
    expect(TRIGGER_MODULES.map((m) => m.id)).toEqual([...TRIGGER_IDS]);
    expect(TRIGGER_MODULES).toHaveLength(17);
  });

  it.each(TRIGGER_DEFINITIONS.map((d) => [d.id, d] as const))('%s mirrors its MISP descriptor', (id, def) => {
    const manifest = toManifest(TRIGGER_MODULES.find((m) => m.id === id) ?? TRIGGER_MODULES[0]);
    expect(manifest).toMatchObject({
      id,
      module_type: 'trigger',
      version: '0.1.0',
      name: def.name,
      icon: def.icon,
      blocking: def.blocking,
      expect_misp_core_format: def.misp_core_format,
      inputs: 0,
      outputs: 1,
    });
  });

  it.each(TRIGGER_MODULES.filter((m) => m.id !== 'tag-attached-after-save').map((m) => [m.id, m] as const))(
    '%s never vetoes',
    async (_id, module) => {
      await expect(runModule(module, createTestContext(module, { data: coreEvent() }))).resolves.toEqual({ kind: 'ok' });
    },
  );
});
