// eslint-disable-next-line @nx/enforce-module-boundaries -- the misp-modules stand-in is test tooling: its real module descriptors
import { defaultModules } from '../../../../../tools/misp-modules-server';
import { isActionEntry, translateRemoteModule } from './remote-module-translation';

const descriptor = (name: string) => defaultModules().find((m) => m.descriptor.name === name)?.descriptor;

describe('misp-modules action modules as workflow modules (spec §12.4)', () => {
  it('offers only entries whose meta["module-type"] contains action', () => {
    expect(defaultModules().filter((m) => isActionEntry(m.descriptor)).map((m) => m.descriptor.name)).toEqual(['mattermost', 'testaction', 'blockaction']);
    expect(translateRemoteModule(descriptor('hashlookup'))).toEqual({ kind: 'not-action' });
    expect(translateRemoteModule({ nonsense: true })).toEqual({ kind: 'not-action' });
  });

  it('translates testaction like MISP: slugged ids, humanized labels, value as placeholder, hash_path flag', () => {
    const t = translateRemoteModule(descriptor('testaction'));
    if (t.kind !== 'action') throw new Error(`expected an action, got ${t.kind}`);
    expect(t.spec.manifest).toMatchObject({
      id: 'testaction',
      name: 'testaction',
      version: '0.1',
      module_type: 'action',
      icon: 'python',
      icon_class: 'fab',
      blocking: false,
      support_filters: false,
      expect_misp_core_format: false,
      inputs: 1,
      outputs: 1,
      is_misp_module: true,
      is_custom: false,
    });
    expect(t.spec.manifest.params).toEqual([
      { id: 'foo', type: 'input', label: 'Foo', placeholder: 'xyz', required: false, jinja_supported: false },
      { id: 'data_extraction_path', type: 'input', label: 'Data Extraction Path', placeholder: 'Attribute.{n}.AttributeTag.{n}.Tag.name', required: false, jinja_supported: false, _isHashPath: true },
    ]);
    expect(t.spec.params).toEqual([
      { id: 'foo', label: 'Foo', hashPath: false, jinja: false },
      { id: 'data_extraction_path', label: 'Data Extraction Path', hashPath: true, jinja: false },
    ]);
    expect(t.spec.manifest.params.some((p) => 'default' in p)).toBe(false);
  });

  it('maps large_string to a textarea, copies jinja_supported and the flags of meta.config', () => {
    const t = translateRemoteModule(descriptor('mattermost'));
    if (t.kind !== 'action') throw new Error('expected an action');
    expect(t.spec.manifest).toMatchObject({ support_filters: true, blocking: false, description: 'Simplistic module to send message to a Mattermost channel.' });
    expect(t.spec.manifest.params.find((p) => p.id === 'message_template')).toEqual({
      id: 'message_template',
      type: 'textarea',
      label: 'Message Template',
      placeholder: 'The **template** will be rendered using *Jinja2*!',
      required: false,
      jinja_supported: true,
    });
    const block = translateRemoteModule(descriptor('blockaction'));
    expect(block.kind === 'action' && block.spec.manifest.blocking).toBe(true);
  });

  it('keeps MISP\'s quirks: underscored ids, own icons, and meta.outputs setting the inputs', () => {
    const t = translateRemoteModule({
      name: 'exportSentinel',
      meta: { 'module-type': ['action'], icon: 'shield', icon_class: 'fas', inputs: 2, outputs: 3, config: { params: [], blocking: 1 } },
    });
    expect(t).toMatchObject({ kind: 'action', spec: { name: 'exportSentinel', manifest: { id: 'export_sentinel', icon: 'shield', icon_class: 'fas', inputs: 3, outputs: 1, blocking: true, params: [] } } });
  });

  it('reports an action module whose config cannot be read instead of guessing', () => {
    expect(translateRemoteModule({ name: 'weird', meta: { 'module-type': ['action'], config: { params: 'nope' } } })).toEqual({
      kind: 'invalid',
      name: 'weird',
      error: expect.stringContaining('misp-modules module `weird` has an unusable meta.config (params:'),
    });
  });
});
