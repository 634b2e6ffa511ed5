import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { TRIGGER_DEFINITIONS, type EngineModule, type ModuleLookup, type ModuleType } from '@misp-wf/engine';
import { DEFAULT_ENABLED_MODULE_IDS, DEFAULT_MODULES, type BuiltinModule } from '@misp-wf/modules-core';
import { toManifest, type ModuleManifest } from '@misp-wf/sdk';
import type { Repository } from 'typeorm';
import { ApiError } from '../common/errors/api-error';
import { SettingsService } from '../settings/settings.service';
import { toEngineModule } from './engine-module.adapter';
import { ModuleStateEntity } from './module-state.entity';

export type ModuleView = ModuleManifest & { source: 'default' | 'custom' | 'misp-module'; enabled: boolean; error: string | null };

type Entry = { definition: BuiltinModule; engine: EngineModule; manifest: ModuleManifest };

/**
 * Every module the platform can run, with its enabled state. Logic and action modules are enabled per
 * module (persisted, MISP's default set otherwise); triggers are enabled by their
 * `Plugin.Workflow_triggers_<id>` setting, as MISP's toggle does.
 */
@Injectable()
export class ModuleRegistryService {
  private readonly entries = new Map<string, Entry>();
  private readonly blocking = new Map<string, boolean>();
  // Read on every run: a short cache keeps the states query off the hot path (other processes see a
  // toggle within this time, like settings).
  private enabledCache: { map: Map<string, boolean>; until: number } | null = null;

  constructor(
    @InjectRepository(ModuleStateEntity) private readonly states: Repository<ModuleStateEntity>,
    private readonly settings: SettingsService,
  ) {
    for (const definition of DEFAULT_MODULES) {
      this.entries.set(key(definition.type, definition.id), { definition, engine: toEngineModule(definition), manifest: toManifest(definition) });
      this.blocking.set(key(definition.type, definition.id), definition.blocking === true);
    }
    for (const t of TRIGGER_DEFINITIONS) this.blocking.set(key('trigger', t.id), t.blocking);
  }

  readonly isBlocking = ({ moduleType, moduleId }: { moduleType: string; moduleId: string }): boolean =>
    this.blocking.get(key(moduleType, moduleId)) ?? false;

  async list(): Promise<ModuleView[]> {
    const enabled = await this.enabledMap();
    return [...this.entries.values()].map((e) => this.view(e, enabled));
  }

  async get(id: string): Promise<ModuleView> {
    const entry = this.byId(id);
    return this.view(entry, await this.enabledMap());
  }

  async setEnabled(id: string, enabled: boolean): Promise<ModuleView> {
    const entry = this.byId(id);
    if (entry.definition.type === 'trigger') {
      await this.settings.patch({ [`Plugin.Workflow_triggers_${id}`]: enabled });
    } else {
      await this.states.save({ id, enabled, updatedAt: new Date() });
    }
    this.enabledCache = null;
    return this.get(id);
  }

  /** A lookup for one run: enabled states are read once, so a run sees a consistent set. */
  async resolver(): Promise<(type: ModuleType, id: string) => ModuleLookup> {
    const enabled = await this.enabledMap();
    return (type, id) => {
      const entry = this.entries.get(key(type, id));
      if (!entry) return { status: 'missing' };
      // A trigger module's own state is its setting, which the caller checked before running.
      if (type !== 'trigger' && !enabled.get(id)) return { status: 'disabled', blocking: entry.engine.blocking };
      return { status: 'ok', module: entry.engine };
    };
  }

  private byId(id: string): Entry {
    const entry = [...this.entries.values()].find((e) => e.definition.id === id);
    if (!entry) throw new ApiError('not_found', `Unknown module \`${id}\``);
    return entry;
  }

  private view(entry: Entry, enabled: Map<string, boolean>): ModuleView {
    return { ...entry.manifest, source: 'default', enabled: enabled.get(entry.definition.id) ?? false, error: null };
  }

  private async enabledMap(): Promise<Map<string, boolean>> {
    const now = Date.now();
    if (this.enabledCache && this.enabledCache.until > now) return this.enabledCache.map;
    const map = new Map<string, boolean>();
    for (const e of this.entries.values()) map.set(e.definition.id, DEFAULT_ENABLED_MODULE_IDS.has(e.definition.id));
    for (const row of await this.states.find()) map.set(row.id, row.enabled);
    const settings = await this.settings.getMap();
    for (const t of TRIGGER_DEFINITIONS) map.set(t.id, settings[`Plugin.Workflow_triggers_${t.id}`] === true);
    this.enabledCache = { map, until: now + 2_000 };
    return map;
  }
}

function key(type: string, id: string): string {
  return `${type}:${id}`;
}
