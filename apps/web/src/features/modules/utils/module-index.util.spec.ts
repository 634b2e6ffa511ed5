import type { ModuleRow } from '../types/module.types';
import { countBySource, describeReload, EMPTY_MODULE_FILTER, filterModules, sortModules } from './module-index.util';

const mod = (over: Partial<ModuleRow> & Pick<ModuleRow, 'id' | 'module_type'>): ModuleRow => ({
  version: '0.1',
  sdk_version: '1',
  name: over.id,
  description: '',
  icon: '',
  blocking: false,
  support_filters: false,
  expect_misp_core_format: false,
  multiple_output_connection: false,
  inputs: 1,
  outputs: 1,
  params: [],
  source: 'default',
  enabled: true,
  error: null,
  origin: null,
  ...over,
  is_custom: over.source === 'custom',
  is_misp_module: over.source === 'misp-module',
});

const modules = [
  mod({ id: 'tag-if', module_type: 'logic', name: 'IF :: Tag' }),
  mod({ id: 'stop-execution', module_type: 'action', name: 'Stop execution', blocking: true }),
  mod({ id: 'event-publish', module_type: 'trigger', name: 'Event Publish', enabled: false }),
  mod({ id: 'my-hook', module_type: 'action', name: 'My hook', source: 'custom', description: 'posts to Slack' }),
  mod({ id: 'broken', module_type: 'action', name: 'Broken', source: 'custom', enabled: false, error: 'SyntaxError: x' }),
  mod({ id: 'mm-enrich', module_type: 'action', name: 'Enrich', source: 'misp-module' }),
];

describe('module index helpers', () => {
  it('filters by class, source, state and text', () => {
    const ids = (f: Partial<typeof EMPTY_MODULE_FILTER>) => filterModules(modules, { ...EMPTY_MODULE_FILTER, ...f }).map((m) => m.id);
    expect(ids({ moduleClass: 'logic' })).toEqual(['tag-if']);
    expect(ids({ source: 'custom' })).toEqual(['my-hook', 'broken']);
    expect(ids({ state: 'disabled' })).toEqual(['event-publish', 'broken']);
    expect(ids({ state: 'broken' })).toEqual(['broken']);
    expect(ids({ search: 'slack' })).toEqual(['my-hook']);
    expect(ids({ search: 'STOP', moduleClass: 'action' })).toEqual(['stop-execution']);
    expect(ids({ moduleClass: 'trigger', source: 'custom' })).toEqual([]);
  });

  it('puts broken modules first, then by class and name', () => {
    expect(sortModules(modules).map((m) => m.id)).toEqual(['broken', 'event-publish', 'tag-if', 'mm-enrich', 'my-hook', 'stop-execution']);
  });

  it('counts by source', () => {
    expect(countBySource(modules)).toEqual({ default: 3, custom: 2, 'misp-module': 1 });
  });

  it('describes the reload answer', () => {
    const report = (customErrors: number, remote: { enabled: boolean; loaded: number; error: string | null }) => ({
      custom: { dir: 'modules', loaded: 2, errors: Array.from({ length: customErrors }, () => ({ origin: 'x.js', error: 'SyntaxError' })) },
      misp_modules: { url: null, ...remote },
    });
    expect(describeReload(report(0, { enabled: true, loaded: 4, error: null }))).toEqual({
      text: 'Modules reloaded: 2 custom, 4 from misp-modules',
      failed: 0,
    });
    expect(describeReload(report(1, { enabled: true, loaded: 0, error: 'connection refused' }))).toEqual({
      text: 'Modules reloaded: 2 custom (1 failed to load), 0 from misp-modules (connection refused)',
      failed: 2,
    });
    expect(describeReload(report(0, { enabled: false, loaded: 0, error: null }))).toEqual({ text: 'Modules reloaded: 2 custom, misp-modules off', failed: 0 });
    expect(describeReload(undefined)).toEqual({ text: 'Modules reloaded', failed: 0 });
  });
});
