import type { Tone } from '../../../components/ui/tone';
import type { TriggerRow, WorkflowSummary } from '../types/trigger.types';

/** MISP's `OVERHEAD_LOW|MEDIUM|HIGH` as the triggers index shows them. */
export function overheadView(overhead: number): { label: string; tone: Tone } {
  if (overhead >= 3) return { label: 'high', tone: 'danger' };
  if (overhead === 2) return { label: 'medium', tone: 'warning' };
  return { label: 'low', tone: 'success' };
}

/** The workflow MISP's editor creates on first opening a trigger (spec §10.1.6): a lone trigger node. */
export function newTriggerWorkflow(trigger: TriggerRow) {
  return {
    name: `Workflow for trigger ${trigger.id}`,
    description: '',
    trigger_id: trigger.id,
    data: {
      '1': {
        id: 1,
        name: trigger.name,
        class: 'block-type-trigger',
        typenode: false,
        inputs: [],
        outputs: { output_1: { connections: [] } },
        pos_x: 0,
        pos_y: 0,
        data: {
          id: trigger.id,
          module_type: 'trigger',
          name: trigger.name,
          scope: trigger.scope,
          description: trigger.description,
          icon: trigger.icon,
          blocking: trigger.blocking,
          misp_core_format: trigger.misp_core_format,
          trigger_overhead: trigger.trigger_overhead,
          trigger_overhead_message: trigger.trigger_overhead_message,
          inputs: 0,
          outputs: 1,
          multiple_output_connection: false,
          indexed_params: [],
          saved_filters: { selector: '', value: '', operator: '', path: '' },
          module_version: '0.1',
        },
      },
    },
  };
}

export type TriggerTableRow = TriggerRow & { workflow: WorkflowSummary | null };

/** Joins each trigger with its workflow row (for the name and the debug flag `GET /triggers` lacks). */
export function joinWorkflows(triggers: TriggerRow[], workflows: WorkflowSummary[]): TriggerTableRow[] {
  const byId = new Map(workflows.map((w) => [w.id, w]));
  const byTrigger = new Map(workflows.map((w) => [w.trigger_id, w]));
  return triggers.map((t) => ({
    ...t,
    workflow: (t.workflow_id ? byId.get(t.workflow_id) : byTrigger.get(t.id)) ?? null,
  }));
}

export type TriggerFilter = {
  search: string;
  scope: string;
  state: 'all' | 'enabled' | 'disabled';
};

/** MISP's `searchall` (substring over the text fields), `scope:` and `enabled:` filters, client-side (17 rows). */
export function filterTriggers<T extends TriggerRow>(rows: T[], filter: TriggerFilter): T[] {
  const needle = filter.search.trim().toLowerCase();
  return rows.filter((t) => {
    if (filter.scope && t.scope !== filter.scope) return false;
    if (filter.state === 'enabled' && !t.enabled) return false;
    if (filter.state === 'disabled' && t.enabled) return false;
    if (!needle) return true;
    return [t.id, t.name, t.scope, t.description].some((v) => v.toLowerCase().includes(needle));
  });
}
