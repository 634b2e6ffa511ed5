import { action, buildGraph, trigger } from './__fixtures__/graph-builder';
import { hasExactlyOneTrigger } from './has-exactly-one-trigger';

describe('hasExactlyOneTrigger', () => {
  it('refuses an empty graph', () => {
    expect(hasExactlyOneTrigger({})).toBe(false);
  });

  it('refuses a graph of actions only', () => {
    // 1(action) ─▶ 2(action)
    expect(
      hasExactlyOneTrigger(buildGraph([action(1), action(2)], ['1 -> 2'])),
    ).toBe(false);
  });

  it('accepts one trigger', () => {
    // 1(trigger) ─▶ 2(action)
    expect(
      hasExactlyOneTrigger(buildGraph([trigger(1), action(2)], ['1 -> 2'])),
    ).toBe(true);
  });

  it('refuses two triggers, even identical ones', () => {
    // 1(event-publish) ─▶ 3(action) ◀─ 2(event-publish)
    expect(
      hasExactlyOneTrigger(
        buildGraph([trigger(1), trigger(2), action(3)], ['1 -> 3', '2 -> 3']),
      ),
    ).toBe(false);
  });
});
