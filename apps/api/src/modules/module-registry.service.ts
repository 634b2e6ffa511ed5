import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { TRIGGER_DEFINITIONS, type EngineModule, type ModuleLookup, type ModuleType } from '@misp-wf/engine';
import { DEFAULT_ENABLED_MODULE_IDS, DEFAULT_MODULES, type BuiltinModule } from '@misp-wf/modules-core';
import type { ModuleView, SettingsMap } from '@misp-wf/contracts';
import type { Repository } from 'typeorm';
import { ZodError } from 'zod';
import { ModuleCapabilitiesService } from '../capabilities/module-capabilities.service';
import { renderTemplate } from '../capabilities/templates/template-renderer';
import { ApiError } from '../common/errors/api-error';
import type { AppConfig } from '../config/app-config.schema';
import { APP_CONFIG } from '../config/app-config.token';
import { customModulesDir } from '../config/custom-modules-dir';
import { SettingsService } from '../settings/settings.service';
import { parsePackageList } from './custom/custom-module-sources';
import { loadCustomModules } from './custom/custom-modules.loader';
import { toEngineModule } from './engine-module.adapter';
import { brokenEntry, buildModuleIndex, definitionEntry, key, type ModuleIndex } from './module-index';
import type { IndexEntry, ModuleSource } from './module-index.types';
import { ModuleStateEntity } from './module-state.entity';
import { MispModulesClient, type RemoteSnapshot } from './remote/misp-modules.client';
import { remoteEngineModule } from './remote/remote-engine-module';
import { translateRemoteModule } from './remote/remote-module-translation';

export type ReloadReport = {
  custom: { dir: string; loaded: number; errors: { origin: string | null; error: string }[] };
  misp_modules: { enabled: boolean; url: string | null; loaded: number; error: string | null };
};

/** A zod error names the field; anything else is read by its message. */
function describeManifestError(error: unknown): string {
  if (error instanceof ZodError) return error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  return error instanceof Error ? error.message : String(error);
}

/** Jinja params of misp-modules are rendered here, with the roaming data as context (decision 0017). */
const renderParam = (template: string, context: unknown): string =>
  renderTemplate(template, typeof context === 'object' && context !== null && !Array.isArray(context) ? { ...context } : {});

/** A row of `module_states` that is no module: its time tells every process to reload (decision 0016). */
const RELOAD_MARKER = '@reload';
const STATES_TTL_MS = 2_000;

type States = { rows: Map<string, boolean>; settings: SettingsMap; until: number };

/**
 * Every module the platform can run — built-in, custom (`CUSTOM_MODULES_DIR`, npm packages) and the action
 * modules of a misp-modules server — with its enabled state. Logic and action modules are enabled per module
 * (persisted; MISP's default set for built-ins, disabled for the others); triggers are enabled by their
 * `Plugin.Workflow_triggers_<id>` setting, as MISP's toggle does.
 */
@Injectable()
export class ModuleRegistryService implements OnModuleInit {
  private readonly builtins: IndexEntry[];
  private readonly triggerBlocking = new Map<string, boolean>(TRIGGER_DEFINITIONS.map((t) => [t.id, t.blocking]));
  private custom: { entries: IndexEntry[]; packages: string } = { entries: [], packages: '' };
  private remote: { snapshot: RemoteSnapshot | null; entries: IndexEntry[] } = { snapshot: null, entries: [] };
  private index: ModuleIndex | null = null;
  // Read on every run: a short cache keeps the states query off the hot path (other processes see a
  // toggle within this time, like settings).
  private states: States | null = null;
  // `undefined` until the first read of the states: the marker found then is the one loaded at start-up.
  private seenReloadMarker: number | null | undefined = undefined;

  constructor(
    @InjectRepository(ModuleStateEntity) private readonly stateRepo: Repository<ModuleStateEntity>,
    private readonly settings: SettingsService,
    private readonly mispModules: MispModulesClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly capabilities: ModuleCapabilitiesService,
  ) {
    this.builtins = DEFAULT_MODULES.map((definition) => definitionEntry({ definition, engine: this.engineOf(definition), source: 'default', origin: null }));
  }

  async onModuleInit(): Promise<void> {
    this.loadCustom(String(await this.settings.get('Plugin.Workflow_custom_module_packages')));
  }

  readonly isBlocking = ({ moduleType, moduleId }: { moduleType: string; moduleId: string }): boolean => {
    if (moduleType === 'trigger') return this.triggerBlocking.get(moduleId) ?? false;
    // Synchronous: the index as of the last remote list (graph validation cannot wait for misp-modules).
    this.index ??= buildModuleIndex([this.builtins, this.custom.entries, this.remote.entries]);
    const entry = this.index.runnable.get(key(moduleType, moduleId));
    return entry?.manifest.blocking ?? false;
  };

  async list(): Promise<ModuleView[]> {
    const states = await this.currentStates();
    const index = await this.currentIndex();
    return index.entries.map((e) => this.view(e, states));
  }

  async get(id: string): Promise<ModuleView> {
    const states = await this.currentStates();
    return this.view(await this.byId(id), states);
  }

  async setEnabled(id: string, enabled: boolean): Promise<ModuleView> {
    const entry = await this.byId(id);
    if (!entry.engine) throw new ApiError('conflict', `Module \`${id}\` could not be loaded, so it cannot be enabled or disabled: ${entry.error ?? 'unknown error'}`);
    if (entry.manifest.module_type === 'trigger') {
      await this.settings.patch({ [`Plugin.Workflow_triggers_${id}`]: enabled });
    } else {
      await this.stateRepo.save({ id, enabled, updatedAt: new Date() });
    }
    this.states = null;
    return this.get(id);
  }

  /** A lookup for one run: enabled states are read once, so a run sees a consistent set. */
  async resolver(): Promise<(type: ModuleType, id: string) => ModuleLookup> {
    const states = await this.currentStates();
    const index = await this.currentIndex();
    return (type, id) => {
      const entry = index.runnable.get(key(type, id));
      if (!entry?.engine) return { status: 'missing' };
      // A trigger module's own state is its setting, which the caller checked before running.
      if (type !== 'trigger' && !this.enabledOf(entry, states)) return { status: 'disabled', blocking: entry.engine.blocking };
      return { status: 'ok', module: entry.engine };
    };
  }

  /**
   * Reloads custom modules from disk and asks the misp-modules server for its list again, in this process
   * now and in the others within a few seconds.
   */
  async reload(): Promise<ReloadReport> {
    this.loadCustom(String(await this.settings.get('Plugin.Workflow_custom_module_packages')));
    await this.mispModules.refresh();
    await this.stateRepo.save({ id: RELOAD_MARKER, enabled: true, updatedAt: new Date() });
    this.seenReloadMarker = (await this.stateRepo.findOneBy({ id: RELOAD_MARKER }))?.updatedAt.getTime() ?? null;
    this.states = null;
    const index = await this.currentIndex();
    const snapshot = this.remote.snapshot;
    const of = (source: ModuleSource) => index.entries.filter((e) => e.source === source);
    return {
      custom: {
        dir: customModulesDir(this.config),
        loaded: of('custom').filter((e) => e.engine).length,
        errors: of('custom').filter((e) => e.error).map((e) => ({ origin: e.origin, error: e.error ?? '' })),
      },
      misp_modules: {
        enabled: snapshot?.enabled ?? false,
        url: snapshot?.url ?? null,
        loaded: of('misp-module').filter((e) => e.engine).length,
        error: snapshot?.error ?? null,
      },
    };
  }

  /** The one place built-in and custom SDK definitions become engine modules. */
  private engineOf(definition: BuiltinModule): EngineModule {
    return toEngineModule(definition, this.capabilities.provider);
  }

  private loadCustom(packages: string): void {
    const dir = customModulesDir(this.config);
    const searchPaths = [this.config.DATA_DIR, process.cwd()];
    this.custom = {
      packages,
      entries: loadCustomModules({ dir, packages: parsePackageList(packages), searchPaths }).map((load) => {
        if (!load.ok) return brokenEntry({ source: 'custom', origin: load.origin, error: load.error, declared: load.declared });
        try {
          return definitionEntry({ definition: load.definition, engine: this.engineOf(load.definition), source: 'custom', origin: load.origin });
        } catch (error) {
          // The SDK's load-time checks are lighter than the manifest schema (e.g. a numeric param default).
          const message = `${load.origin}: module "${load.definition.id}" has an invalid manifest: ${describeManifestError(error)}`;
          return brokenEntry({ source: 'custom', origin: load.origin, error: message, declared: load.definition });
        }
      }),
    };
    this.index = null;
  }

  private async currentIndex(): Promise<ModuleIndex> {
    const snapshot = await this.mispModules.snapshot();
    if (snapshot !== this.remote.snapshot) {
      this.remote = { snapshot, entries: this.remoteEntries(snapshot) };
      this.index = null;
    }
    this.index ??= buildModuleIndex([this.builtins, this.custom.entries, this.remote.entries]);
    return this.index;
  }

  private remoteEntries(snapshot: RemoteSnapshot): IndexEntry[] {
    const origin = snapshot.url;
    return snapshot.actions.flatMap((entry): IndexEntry[] => {
      const translated = translateRemoteModule(entry);
      switch (translated.kind) {
        case 'action': {
          const engine = remoteEngineModule({ spec: translated.spec, port: this.mispModules, render: renderParam });
          return [{ manifest: translated.spec.manifest, source: 'misp-module', engine, error: null, origin }];
        }
        case 'invalid':
          return [brokenEntry({ source: 'misp-module', origin: origin ?? 'misp-modules', error: translated.error, declared: { name: translated.name } })];
        case 'not-action':
          return [];
        default: {
          const unreachable: never = translated;
          return unreachable;
        }
      }
    });
  }

  private async byId(id: string): Promise<IndexEntry> {
    const entry = (await this.currentIndex()).byId.get(id);
    if (!entry) throw new ApiError('not_found', `Unknown module \`${id}\``);
    return entry;
  }

  private view(entry: IndexEntry, states: States): ModuleView {
    return { ...entry.manifest, source: entry.source, enabled: this.enabledOf(entry, states), error: entry.error, origin: entry.origin };
  }

  private enabledOf(entry: IndexEntry, states: States): boolean {
    if (!entry.engine) return false;
    const id = entry.manifest.id;
    if (entry.manifest.module_type === 'trigger') return states.settings[`Plugin.Workflow_triggers_${id}`] === true;
    return states.rows.get(id) ?? (entry.source === 'default' && DEFAULT_ENABLED_MODULE_IDS.has(id));
  }

  /**
   * Enabled states and settings, briefly cached. Reading them is also where this process notices that
   * another one reloaded the modules, or that the package list setting changed.
   */
  private async currentStates(): Promise<States> {
    const now = Date.now();
    if (this.states && this.states.until > now) return this.states;
    const rows = new Map<string, boolean>();
    let marker: number | null = null;
    for (const row of await this.stateRepo.find()) {
      if (row.id === RELOAD_MARKER) marker = row.updatedAt.getTime();
      else rows.set(row.id, row.enabled);
    }
    const settings = await this.settings.getMap();
    const packages = String(settings['Plugin.Workflow_custom_module_packages'] ?? '');
    const reloadedElsewhere = this.seenReloadMarker !== undefined && marker !== this.seenReloadMarker;
    this.seenReloadMarker = marker;
    if (reloadedElsewhere || packages !== this.custom.packages) this.loadCustom(packages);
    if (reloadedElsewhere) this.mispModules.refresh().catch(() => undefined);
    this.states = { rows, settings, until: now + STATES_TTL_MS };
    return this.states;
  }
}
