import type { ModuleContext, ModuleDefinition, ModuleResult } from '@misp-wf/sdk';

/**
 * A built-in module with its param typing erased, so modules with different params fit in one list.
 * `run` is declared as a method on purpose: method parameters are compared bivariantly, which lets a
 * `ModuleDefinition<{ scope: … }>` be stored here without a cast.
 */
export type BuiltinModule = Omit<ModuleDefinition, 'run'> & {
  run?(ctx: ModuleContext): ModuleResult | Promise<ModuleResult>;
};
