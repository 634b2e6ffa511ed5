import { parseLiveEvent } from './parse-live-event';

describe('parseLiveEvent', () => {
  it('reads the four events of contract §7', () => {
    expect(parseLiveEvent('execution:started', { execution_id: 'e', workflow_id: 'w', trigger_id: 't', seq: 0, at: '2026-01-01T00:00:00Z' })).toEqual({
      type: 'execution:started',
      payload: { execution_id: 'e', workflow_id: 'w', trigger_id: 't', seq: 0, at: '2026-01-01T00:00:00Z' },
    });
    expect(parseLiveEvent('node:started', { execution_id: 'e', node_id: 3, module_id: 'tag-if', seq: 1, at: 5 })?.payload).toMatchObject({ node_id: 3 });
    expect(parseLiveEvent('node:finished', { execution_id: 'e', node_id: '3', module_id: 'tag-if', status: 'blocked', duration_ms: 2, seq: 2, error: 'no' })?.payload).toEqual({
      execution_id: 'e',
      node_id: 3,
      module_id: 'tag-if',
      status: 'blocked',
      duration_ms: 2,
      seq: 2,
      error: 'no',
    });
    expect(parseLiveEvent('execution:finished', { execution_id: 'e', outcome: 'success', errors: [], duration_ms: 3, seq: 3 })?.type).toBe('execution:finished');
    expect(parseLiveEvent('execution:finished', { execution_id: 'e', outcome: 'weird', errors: [], duration_ms: 3, seq: 3 })).toBeNull();
  });

  it.each([
    ['no seq', 'node:started', { execution_id: 'e', node_id: 1, module_id: 'm' }],
    ['unknown status', 'node:finished', { execution_id: 'e', node_id: 1, module_id: 'm', status: 'weird', duration_ms: 1, seq: 1 }],
    ['not an object', 'execution:finished', 'x'],
    ['missing workflow id', 'execution:started', { execution_id: 'e', seq: 1 }],
  ] as const)('ignores a payload with %s', (_name, event, payload) => {
    expect(parseLiveEvent(event, payload)).toBeNull();
  });
});
