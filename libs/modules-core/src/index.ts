import { ATTRIBUTE_EVENT_ACTIONS } from './actions/attribute-event-actions';
import { NOTIFICATION_ACTIONS } from './actions/notification-actions';
import { stopExecution } from './actions/stop-execution/stop-execution.module';
import { TAG_ACTIONS } from './actions/tag-actions';
import { concurrentTask } from './logic/concurrent-task/concurrent-task.module';
import { countIf } from './logic/count-if/count-if.module';
import { distributionIf } from './logic/distribution-if/distribution-if.module';
import { genericFilterData } from './logic/generic-filter-data/generic-filter-data.module';
import { genericFilterReset } from './logic/generic-filter-reset/generic-filter-reset.module';
import { genericIf } from './logic/generic-if/generic-if.module';
import { organisationIf } from './logic/organisation-if/organisation-if.module';
import { publishedIf } from './logic/published-if/published-if.module';
import { tagIf } from './logic/tag-if/tag-if.module';
import { threatLevelIf } from './logic/threat-level-if/threat-level-if.module';
import type { BuiltinModule } from './shared/builtin-module.types';
import { TRIGGER_MODULES } from './triggers/trigger-modules';

export type { BuiltinModule } from './shared/builtin-module.types';
export { TRIGGER_MODULES } from './triggers/trigger-modules';
export * from './actions/notification-actions';
export * from './actions/tag-actions';
export * from './actions/attribute-event-actions';
export { tagAttachedAfterSave } from './triggers/tag-attached-after-save/tag-attached-after-save.module';
export {
  concurrentTask,
  countIf,
  distributionIf,
  genericFilterData,
  genericFilterReset,
  genericIf,
  organisationIf,
  publishedIf,
  stopExecution,
  tagIf,
  threatLevelIf,
};

/** Built-in logic modules, in MISP's catalogue order. */
export const LOGIC_MODULES: readonly BuiltinModule[] = [
  concurrentTask,
  countIf,
  distributionIf,
  genericFilterData,
  genericFilterReset,
  genericIf,
  organisationIf,
  publishedIf,
  tagIf,
  threatLevelIf,
];

/** Built-in action modules. */
export const ACTION_MODULES: readonly BuiltinModule[] = [stopExecution, ...NOTIFICATION_ACTIONS, ...TAG_ACTIONS, ...ATTRIBUTE_EVENT_ACTIONS];

/** Every built-in module: the 17 triggers, then logic, then actions. */
export const DEFAULT_MODULES: readonly BuiltinModule[] = [...TRIGGER_MODULES, ...LOGIC_MODULES, ...ACTION_MODULES];

/**
 * Logic and action modules MISP enables on install (`enableDefaultModules`, spec §2.6). Triggers are not here:
 * they are enabled by the `Plugin.Workflow_triggers_<id>` settings.
 */
export const DEFAULT_ENABLED_MODULE_IDS: ReadonlySet<string> = new Set([
  'generic-if',
  'distribution-if',
  'published-if',
  'organisation-if',
  'tag-if',
  'concurrent-task',
  'stop-execution',
  'webhook',
  'push-zmq',
]);
