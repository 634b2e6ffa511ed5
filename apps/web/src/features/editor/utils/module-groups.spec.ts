import { ALL_MODULES } from '../__fixtures__/modules.fixture';
import type { BlueprintView } from '../types/api.types';
import { filterBlueprints, groupModules } from './module-groups';

describe('groupModules', () => {
  it('groups by class then source, sorted by name, without triggers', () => {
    const groups = groupModules({ modules: ALL_MODULES, query: '' });
    expect(groups.map((g) => [g.moduleClass, g.sources.map((s) => [s.source, s.modules.map((m) => m.id)])])).toEqual([
      ['action', [['default', ['stop-execution']], ['custom', ['webhook']], ['misp-module', ['mattermost']]]],
      ['logic', [['default', ['concurrent-task', 'tag-if']]]],
    ]);
  });

  it('searches names and ids case-insensitively and drops empty groups', () => {
    expect(groupModules({ modules: ALL_MODULES, query: 'TAG' }).map((g) => g.moduleClass)).toEqual(['logic']);
    expect(groupModules({ modules: ALL_MODULES, query: 'nothing matches' })).toEqual([]);
  });

  it('filters blueprints by name and description', () => {
    const b = (name: string, description: string): BlueprintView => ({ id: name, uuid: name, name, description, timestamp: 0, default: true, data: [] });
    expect(filterBlueprints({ blueprints: [b('Block tlp:red', ''), b('Webhook', 'posts data')], query: 'POSTS' }).map((x) => x.name)).toEqual(['Webhook']);
  });
});
