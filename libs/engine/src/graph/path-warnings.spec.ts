import {
  action,
  buildGraph,
  logic,
  trigger,
} from './__fixtures__/graph-builder';
import type { ModuleRef } from './graph-check.types';
import { BLOCKING_PATH_WARNING } from './graph-validation-messages';
import { pathWarnings } from './path-warnings';

const stopIsBlocking = ({ moduleId }: ModuleRef): boolean =>
  moduleId === 'stop-execution';

describe('pathWarnings', () => {
  it('has nothing to say without a concurrent task', () => {
    // 1(trigger) ─▶ 2(tag-if) ─then▶ 3(stop-execution)
    const graph = buildGraph(
      [trigger(1), logic(2), action(3, 'stop-execution')],
      ['1 -> 2', '2 -then-> 3'],
    );
    expect(pathWarnings(graph, { isBlockingModule: stopIsBlocking })).toEqual({
      has_path_warnings: false,
      edges: [],
    });
  });

  it('flags every edge from the concurrent task to a blocking node', () => {
    // 1(trigger) ─▶ 2(concurrent-task) ─▶ 3(action) ─▶ 4(stop-execution)
    const graph = buildGraph(
      [
        trigger(1),
        logic(2, 'concurrent-task'),
        action(3),
        action(4, 'stop-execution'),
      ],
      ['1 -> 2', '2 -> 3', '3 -> 4'],
    );
    expect(pathWarnings(graph, { isBlockingModule: stopIsBlocking })).toEqual({
      has_path_warnings: true,
      edges: [
        ['2', '3', BLOCKING_PATH_WARNING, true, 'stop-execution', 4],
        ['3', '4', BLOCKING_PATH_WARNING, true, 'stop-execution', 4],
      ],
    });
  });

  it('ignores blocking nodes before the concurrent task', () => {
    // 1(trigger) ─▶ 2(block-me) ─▶ 3(concurrent-task) ─▶ 4(action)
    const graph = buildGraph(
      [
        trigger(1),
        action(2, 'block-me'),
        logic(3, 'concurrent-task'),
        action(4),
      ],
      ['1 -> 2', '2 -> 3', '3 -> 4'],
    );
    const isBlockingModule = ({ moduleId }: ModuleRef): boolean =>
      moduleId === 'block-me';
    expect(pathWarnings(graph, { isBlockingModule }).has_path_warnings).toBe(
      false,
    );
  });

  it('keeps duplicates when two concurrent tasks reach the same blocking node', () => {
    // 1 ─▶ 2(concurrent-task) ─▶ 3(concurrent-task) ─▶ 4(stop-execution)
    const graph = buildGraph(
      [
        trigger(1),
        logic(2, 'concurrent-task'),
        logic(3, 'concurrent-task'),
        action(4, 'stop-execution'),
      ],
      ['1 -> 2', '2 -> 3', '3 -> 4'],
    );
    const edges = pathWarnings(graph, {
      isBlockingModule: stopIsBlocking,
    }).edges.map(([from, to]) => `${from}>${to}`);
    expect(edges).toEqual(['2>3', '3>4', '3>4']);
  });

  it('asks the lookup with the module type and id of each visited node', () => {
    // 1 ─▶ 2(concurrent-task) ─▶ 3(tag-if)
    const graph = buildGraph(
      [trigger(1), logic(2, 'concurrent-task'), logic(3)],
      ['1 -> 2', '2 -> 3'],
    );
    const asked: ModuleRef[] = [];
    pathWarnings(graph, {
      isBlockingModule: (ref) => (asked.push(ref), false),
    });
    expect(asked).toEqual([
      { moduleType: 'logic', moduleId: 'concurrent-task' },
      { moduleType: 'logic', moduleId: 'tag-if' },
    ]);
  });

  it('lets the caller say which nodes are concurrent tasks', () => {
    // 1 ─▶ 2(my-parallel) ─▶ 3(stop-execution)
    const graph = buildGraph(
      [
        trigger(1),
        logic(2, 'my-parallel', { outputs: 1 }),
        action(3, 'stop-execution'),
      ],
      ['1 -> 2', '2 -> 3'],
    );
    const result = pathWarnings(graph, {
      isBlockingModule: stopIsBlocking,
      isConcurrentTask: (node) => node.data.id === 'my-parallel',
    });
    expect(result.edges).toEqual([
      ['2', '3', BLOCKING_PATH_WARNING, true, 'stop-execution', 3],
    ]);
  });
});
