import type { ModuleContext } from '../context/module-context';
import type { ModuleResult } from '../outcome/outcome';
import type { ParamSpec } from '../params/param-types';

export type ModuleType = 'trigger' | 'logic' | 'action';

export type ModuleDefinition<P extends Record<string, ParamSpec> = Record<string, ParamSpec>> = {
  /** Stable id used in stored graphs (MISP's module id, e.g. `tag-if`). Never renamed. */
  id: string;
  /** Semver of this module; nodes record the version they were saved with. */
  version: string;
  type: ModuleType;
  name: string;
  description: string;
  /** FontAwesome icon name, as MISP uses. */
  icon?: string;
  /** A failing blocking module stops the workflow (and, for blocking triggers, the MISP operation). */
  blocking?: boolean;
  /** Shows the per-node filter dialog; `filteredItems` then honours it. */
  supportFilters?: boolean;
  /** The module reads MISP core format (`Event._AttributeFlattened`, …). */
  expectMispCoreFormat?: boolean;
  /** Several connections may leave one output (only `concurrent-task` among MISP's modules). */
  multipleOutputConnection?: boolean;
  /** Number of outputs; defaults: logic 2 (then, else), action 1, trigger 1. */
  outputs?: number;
  params?: P;
  /** Triggers without conditions may omit it. */
  run?: (ctx: ModuleContext<P>) => ModuleResult | Promise<ModuleResult>;
};
