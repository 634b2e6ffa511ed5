import { action, buildGraph, trigger } from './__fixtures__/graph-builder';
import { blockingModuleWarnings } from './blocking-module-warnings';
import type { ModuleRef } from './graph-check.types';

const isBlockingModule = ({ moduleId }: ModuleRef): boolean =>
  moduleId === 'stop-execution' || moduleId === 'event-publish';

describe('blockingModuleWarnings', () => {
  // 1(attribute-after-save) ─▶ 2(action) ─▶ 3(stop-execution)
  const graph = buildGraph(
    [
      trigger(1, 'attribute-after-save'),
      action(2),
      action(3, 'stop-execution'),
    ],
    ['1 -> 2', '2 -> 3'],
  );

  it('warns about a blocking module in a non-blocking workflow', () => {
    expect(
      blockingModuleWarnings(graph, {
        isBlockingModule,
        triggerIsBlocking: false,
      }),
    ).toEqual([
      {
        node_id: 3,
        module_id: 'stop-execution',
        severity: 'warning',
        notification: {
          text: 'Blocking module might not work as intended',
          description:
            'This module is a blocking module for a non-blocking trigger.',
          details: [
            'The Blocking modules will be executed. However, it will not block the remaining of the execution',
          ],
          __show_in_sidebar: true,
          __show_in_node: true,
        },
      },
    ]);
  });

  it('says nothing in a blocking workflow', () => {
    expect(
      blockingModuleWarnings(graph, {
        isBlockingModule,
        triggerIsBlocking: true,
      }),
    ).toEqual([]);
  });

  it('never flags the trigger node itself', () => {
    // 1(event-publish) alone, with a lookup that calls it blocking
    const lone = buildGraph([trigger(1, 'event-publish')]);
    expect(
      blockingModuleWarnings(lone, {
        isBlockingModule,
        triggerIsBlocking: false,
      }),
    ).toEqual([]);
  });
});
