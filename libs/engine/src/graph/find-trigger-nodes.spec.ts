import { action, buildGraph, trigger } from './__fixtures__/graph-builder';
import { findTriggerNodes } from './find-trigger-nodes';
import { firstTriggerNode } from './first-trigger-node';

describe('findTriggerNodes / firstTriggerNode', () => {
  it('finds the single trigger', () => {
    // 1(event-publish) ─▶ 2(action)
    const graph = buildGraph([trigger(1), action(2)], ['1 -> 2']);
    expect(findTriggerNodes(graph).map((n) => n.id)).toEqual([1]);
    expect(firstTriggerNode(graph)?.data.id).toBe('event-publish');
  });

  it('returns every trigger in key order; the first is the lowest key', () => {
    // 5(event-publish)   3(user-before-save)   4(action)
    const graph = buildGraph([
      trigger(5),
      trigger(3, 'user-before-save'),
      action(4),
    ]);
    expect(findTriggerNodes(graph).map((n) => n.id)).toEqual([3, 5]);
    expect(firstTriggerNode(graph)?.data.id).toBe('user-before-save');
  });

  it('finds none in a graph without trigger', () => {
    const graph = buildGraph([action(1)]);
    expect(findTriggerNodes(graph)).toEqual([]);
    expect(firstTriggerNode(graph)).toBeUndefined();
  });
});
