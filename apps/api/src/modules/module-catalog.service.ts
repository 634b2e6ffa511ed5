import { Injectable } from '@nestjs/common';
import { TRIGGER_DEFINITIONS } from '@misp-wf/engine';
import { DEFAULT_MODULES } from '@misp-wf/modules-core';

type Key = `${string}:${string}`;

/**
 * What the API needs to know about modules before the full registry (enable/disable, custom and remote
 * modules) exists: which (type, id) pairs are blocking. Triggers come from the engine's definitions,
 * built-in logic and action modules from modules-core.
 */
@Injectable()
export class ModuleCatalogService {
  private readonly blocking = new Map<Key, boolean>();

  constructor() {
    for (const t of TRIGGER_DEFINITIONS) this.blocking.set(`trigger:${t.id}`, t.blocking);
    for (const m of DEFAULT_MODULES) this.blocking.set(`${m.type}:${m.id}`, m.blocking === true);
  }

  /** Used by checkGraph's path warnings; unknown modules are not blocking. */
  readonly isBlocking = ({ moduleType, moduleId }: { moduleType: string; moduleId: string }): boolean =>
    this.blocking.get(`${moduleType}:${moduleId}`) ?? false;
}
