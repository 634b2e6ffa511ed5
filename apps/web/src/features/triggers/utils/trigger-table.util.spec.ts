import type { TriggerRow, WorkflowSummary } from '../types/trigger.types';
import { filterTriggers, joinWorkflows, newTriggerWorkflow, overheadView } from './trigger-table.util';

const trigger = (over: Partial<TriggerRow> & Pick<TriggerRow, 'id'>): TriggerRow => ({
  name: over.id,
  scope: 'event',
  description: '',
  icon: 'envelope',
  blocking: false,
  misp_core_format: true,
  trigger_overhead: 1,
  trigger_overhead_message: '',
  enabled: false,
  workflow_id: null,
  run_counter: 0,
  last_update: null,
  ...over,
});

const workflow = (over: Partial<WorkflowSummary> & Pick<WorkflowSummary, 'id' | 'trigger_id'>): WorkflowSummary => ({
  name: 'wf',
  description: '',
  debug_enabled: false,
  counter: 0,
  timestamp: 0,
  created_at: '',
  updated_at: '',
  ...over,
});

describe('trigger table helpers', () => {
  it('names the overhead levels', () => {
    expect(overheadView(1)).toEqual({ label: 'low', tone: 'success' });
    expect(overheadView(2)).toEqual({ label: 'medium', tone: 'warning' });
    expect(overheadView(3)).toEqual({ label: 'high', tone: 'danger' });
  });

  it('builds the lone-trigger workflow MISP creates, with the trigger descriptor as node data', () => {
    const body = newTriggerWorkflow(trigger({ id: 'event-publish', name: 'Event Publish', blocking: true }));
    expect(body.name).toBe('Workflow for trigger event-publish');
    expect(body.trigger_id).toBe('event-publish');
    expect(Object.keys(body.data)).toEqual(['1']);
    const node = body.data['1'];
    expect(node.class).toBe('block-type-trigger');
    expect(node.outputs).toEqual({ output_1: { connections: [] } });
    expect(node.data).toMatchObject({
      id: 'event-publish',
      module_type: 'trigger',
      name: 'Event Publish',
      blocking: true,
      indexed_params: [],
    });
  });

  it('joins workflows by id, falling back to the trigger id', () => {
    const rows = joinWorkflows(
      [trigger({ id: 'a', workflow_id: 'w1' }), trigger({ id: 'b' }), trigger({ id: 'c' })],
      [workflow({ id: 'w1', trigger_id: 'a', debug_enabled: true }), workflow({ id: 'w2', trigger_id: 'b' })],
    );
    expect(rows.map((r) => r.workflow?.id ?? null)).toEqual(['w1', 'w2', null]);
    expect(rows[0].workflow?.debug_enabled).toBe(true);
  });

  it('filters by text, scope and state', () => {
    const rows = [
      trigger({
        id: 'event-publish',
        description: 'called when an Event is published',
        enabled: true,
      }),
      trigger({
        id: 'user-after-save',
        scope: 'user',
        description: 'after a user is saved',
      }),
      trigger({ id: 'log-after-save', scope: 'log' }),
    ];
    expect(
      filterTriggers(rows, {
        search: 'PUBLISHED',
        scope: '',
        state: 'all',
      }).map((r) => r.id),
    ).toEqual(['event-publish']);
    expect(filterTriggers(rows, { search: '', scope: 'user', state: 'all' }).map((r) => r.id)).toEqual(['user-after-save']);
    expect(
      filterTriggers(rows, {
        search: 'save',
        scope: '',
        state: 'disabled',
      }).map((r) => r.id),
    ).toEqual(['user-after-save', 'log-after-save']);
    expect(filterTriggers(rows, { search: '', scope: '', state: 'enabled' }).map((r) => r.id)).toEqual(['event-publish']);
  });
});
