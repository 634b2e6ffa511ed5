import type { EngineModule } from '@misp-wf/engine';
import { defineModule, ok } from '@misp-wf/sdk';
import { brokenEntry, buildModuleIndex, definitionEntry } from './module-index';

const engine = (id: string): EngineModule => ({ id, type: 'action', blocking: false, exec: () => ({ kind: 'ok' }) });
const def = (id: string) => defineModule({ id, version: '1.0.0', type: 'action', name: id, description: 'd', run: () => ok() });
const builtin = (id: string) => definitionEntry({ definition: def(id), engine: engine(id), source: 'default', origin: null });
const custom = (id: string, origin: string) => definitionEntry({ definition: def(id), engine: engine(id), source: 'custom', origin });

describe('buildModuleIndex', () => {
  it('lists every source in order and makes working modules runnable by type and id', () => {
    const index = buildModuleIndex([[builtin('webhook')], [custom('mine', 'mine.js')]]);
    expect(index.entries.map((e) => [e.manifest.id, e.source, e.manifest.is_custom])).toEqual([
      ['webhook', 'default', false],
      ['mine', 'custom', true],
    ]);
    expect(index.runnable.get('action:mine')?.engine?.id).toBe('mine');
  });

  it('keeps the first owner of an id and lists a clashing module as an error under a derived id', () => {
    const index = buildModuleIndex([[builtin('webhook')], [custom('webhook', 'my-hooks/a.js'), custom('dup', 'one.js'), custom('dup', 'two.js')]]);
    expect(index.entries.map((e) => [e.manifest.id, e.error])).toEqual([
      ['webhook', null],
      ['webhook@my-hooks-a.js', 'Module id `webhook` is already used by the built-in module; this custom module (my-hooks/a.js) is not loaded'],
      ['dup', null],
      ['dup@two.js', 'Module id `dup` is already used by the custom module from one.js; this custom module (two.js) is not loaded'],
    ]);
    expect(index.runnable.get('action:webhook')?.source).toBe('default');
    expect([...index.byId.keys()]).toEqual(['webhook', 'webhook@my-hooks-a.js', 'dup', 'dup@two.js']);
    expect(index.entries.filter((e) => e.error).every((e) => e.engine === null)).toBe(true);
  });

  it('lists a broken module with what it declared, never runnable', () => {
    const broken = brokenEntry({ source: 'custom', origin: 'x/y.js', error: 'boom', declared: { id: 'half', type: 'logic', name: 'Half' } });
    const unnamed = brokenEntry({ source: 'custom', origin: 'z.js', error: 'syntax', declared: {} });
    const index = buildModuleIndex([[broken, unnamed]]);
    expect(index.entries.map((e) => [e.manifest.id, e.manifest.module_type, e.manifest.name, e.manifest.outputs, e.error])).toEqual([
      ['half', 'logic', 'Half', 2, 'boom'],
      ['z.js', 'action', 'z.js', 1, 'syntax'],
    ]);
    expect(index.runnable.size).toBe(0);
  });
});
