import { EVENT_PUBLISH } from '../__fixtures__/modules.fixture';
import type { TriggerView } from '../types/api.types';
import { defaultWorkflowName, freeTriggers, initialGraph } from './new-workflow';

const trigger = (id: string, workflow_id: string | null): TriggerView => ({
  id,
  name: id,
  scope: 'event',
  description: 'd',
  icon: 'envelope',
  blocking: true,
  misp_core_format: true,
  trigger_overhead: 2,
  trigger_overhead_message: '',
  enabled: false,
  workflow_id,
  run_counter: 0,
  last_update: null,
});

describe('new workflows', () => {
  it('start with the trigger node alone, carrying the trigger descriptor like MISP', () => {
    const graph = initialGraph({ triggerModule: EVENT_PUBLISH, trigger: trigger('event-publish', null) });
    expect(Object.keys(graph)).toEqual(['1', '_frames']);
    expect(graph['1']).toMatchObject({
      id: 1,
      data: { id: 'event-publish', module_type: 'trigger', scope: 'event', blocking: true, misp_core_format: true, inputs: 0, outputs: 1, indexed_params: [] },
      inputs: [],
      outputs: { output_1: { connections: [] } },
      class: 'block-type-trigger',
    });
  });

  it('are named after the trigger and only offered for triggers without a workflow', () => {
    expect(defaultWorkflowName({ id: 'event-publish' })).toBe('Workflow for trigger event-publish');
    expect(freeTriggers([trigger('a', null), trigger('b', 'w1')]).map((t) => t.id)).toEqual(['a']);
  });
});
