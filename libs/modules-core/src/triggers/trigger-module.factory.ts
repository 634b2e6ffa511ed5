import { defineModule, type ModuleDefinition } from '@misp-wf/sdk';
import { findTriggerDefinition, type TriggerId } from '@misp-wf/engine';

/** The descriptor fields a trigger module shares with MISP's trigger (§5.1), without params or `run`. */
export type TriggerBase = {
  id: TriggerId;
  version: string;
  type: 'trigger';
  name: string;
  description: string;
  icon: string;
  blocking: boolean;
  expectMispCoreFormat: boolean;
};

/**
 * Descriptor fields of a trigger from the engine's `TRIGGER_DEFINITIONS`, so names, icons and blocking flags
 * have a single source. MISP versions (`0.1`) are not semver, the SDK requires `0.1.0`.
 */
export function triggerBase(id: TriggerId): TriggerBase {
  const def = findTriggerDefinition(id);
  if (!def) throw new Error(`Unknown trigger ${id}`);
  return {
    id: def.id,
    version: `${def.version}.0`,
    type: 'trigger',
    name: def.name,
    description: def.description,
    icon: def.icon,
    blocking: def.blocking,
    expectMispCoreFormat: def.misp_core_format,
  };
}

/** A trigger without conditions: no `run`, so it never vetoes (MISP's base trigger `exec` returns true). */
export function triggerModule(id: TriggerId): ModuleDefinition {
  return defineModule(triggerBase(id));
}
