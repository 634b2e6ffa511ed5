import { coreEvent, createTestContext, runModule, toManifest, when } from '@misp-wf/sdk';
import { concurrentTask } from './concurrent-task/concurrent-task.module';
import { genericFilterData } from './generic-filter-data/generic-filter-data.module';
import { genericFilterReset } from './generic-filter-reset/generic-filter-reset.module';
import type { BuiltinModule } from '../shared/builtin-module.types';

// The engine executes these three itself (§3.5–3.6, §6.6); their descriptors are what matters.
describe('modules the engine executes itself', () => {
  it.each<[string, BuiltinModule]>([
    ['concurrent-task', concurrentTask],
    ['generic-filter-data', genericFilterData],
    ['generic-filter-reset', genericFilterReset],
  ])('%s follows output_1', async (_id, module) => {
    await expect(runModule(module, createTestContext(module, { data: coreEvent() }))).resolves.toEqual(when(true));
  });

  it('concurrent-task has one output with multiple connections', () => {
    expect(toManifest(concurrentTask)).toMatchObject({ outputs: 1, multiple_output_connection: true, icon: 'random', params: [] });
  });

  it('generic-filter-data declares the filter params of §6.6', () => {
    const params = toManifest(genericFilterData).params;
    expect(params.map((p) => p.id)).toEqual(['filtering-label', 'selector', 'value', 'value_list', 'operator', 'hash_path']);
    expect(params[0]).toMatchObject({ default: 'A', options: expect.arrayContaining([{ value: 'F', label: 'Label F' }]) });
    expect(params[4]).toMatchObject({ default: 'in' });
    expect(params[4]?.options?.map((o) => o.value)).toEqual(['in', 'not_in', 'equals', 'not_equals', 'any_value', 'in_or']);
  });

  it('generic-filter-reset defaults to all filters', () => {
    const [label] = toManifest(genericFilterReset).params;
    expect(label).toMatchObject({ id: 'filtering-label', default: 'all' });
    expect(label?.options?.map((o) => o.value)).toEqual(['all', 'A', 'B', 'C', 'D', 'E', 'F']);
  });
});
