import type { ModuleView, TriggerView } from '../types/api.types';
import type { StoredGraph } from '../types/workflow-graph.types';
import { newStoredNode } from './new-node';

/** MISP names an auto-created workflow this way (spec §2.1). */
export function defaultWorkflowName(trigger: Pick<TriggerView, 'id'>): string {
  return `Workflow for trigger ${trigger.id}`;
}

/** A new workflow's graph: its trigger node alone (MISP's `genGraphDataForTrigger`), with the trigger descriptor. */
export function initialGraph(args: { triggerModule: ModuleView; trigger?: TriggerView }): StoredGraph {
  return { '1': newStoredNode({ module: args.triggerModule, trigger: args.trigger, id: 1, x: 0, y: 0 }), _frames: {} };
}

/** Triggers a new workflow can listen to: one workflow per trigger. */
export function freeTriggers(triggers: readonly TriggerView[]): TriggerView[] {
  return triggers.filter((t) => t.workflow_id === null);
}
