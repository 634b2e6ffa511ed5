import type { IsBlockingModule } from './graph-check.types';
import {
  BLOCKING_IN_NON_BLOCKING_DESCRIPTION,
  BLOCKING_IN_NON_BLOCKING_DETAILS,
  BLOCKING_IN_NON_BLOCKING_TEXT,
} from './graph-validation-messages';
import { graphNodes } from './graph-nodes';
import type { WorkflowGraph } from './workflow-graph.types';

export type ModuleNotification = {
  readonly text: string;
  readonly description: string;
  readonly details: readonly string[];
  readonly __show_in_sidebar: boolean;
  readonly __show_in_node: boolean;
};

export type NodeWarning = {
  readonly node_id: number;
  readonly module_id: string;
  readonly severity: 'warning';
  readonly notification: ModuleNotification;
};

export type BlockingModuleWarningContext = {
  readonly isBlockingModule: IsBlockingModule;
  readonly triggerIsBlocking: boolean;
};

// The editor's "blocking module in a non-blocking workflow" notification (spec §4.3), which MISP
// computes per module when building the editor page; here per node so the editor can pin it. It is
// not part of `checkGraph`, whose shape is fixed by MISP.
export function blockingModuleWarnings(
  graph: WorkflowGraph,
  context: BlockingModuleWarningContext,
): readonly NodeWarning[] {
  if (context.triggerIsBlocking) return [];
  return graphNodes(graph)
    .filter((node) => node.data.module_type !== 'trigger')
    .filter((node) =>
      context.isBlockingModule({
        moduleType: node.data.module_type,
        moduleId: node.data.id,
      }),
    )
    .map((node) => ({
      node_id: node.id,
      module_id: node.data.id,
      severity: 'warning',
      notification: {
        text: BLOCKING_IN_NON_BLOCKING_TEXT,
        description: BLOCKING_IN_NON_BLOCKING_DESCRIPTION,
        details: [BLOCKING_IN_NON_BLOCKING_DETAILS],
        __show_in_sidebar: true,
        __show_in_node: true,
      },
    }));
}
