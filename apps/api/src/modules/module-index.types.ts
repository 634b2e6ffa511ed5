import type { ModuleSource, ModuleViewManifest, ModuleViewParam } from '@misp-wf/contracts';
import type { EngineModule } from '@misp-wf/engine';

export type { ModuleSource };

/** A manifest param as `GET /modules` serves it. */
export type IndexParam = ModuleViewParam;

/** What `GET /modules` serves for one module, before its enabled state is added. */
export type IndexManifest = ModuleViewManifest;

/**
 * One module of the index. `engine` is absent when the module could not be loaded: it is listed with its
 * `error` and never runs. `origin` says where a custom or remote module came from (file, package, server).
 */
export type IndexEntry = {
  manifest: IndexManifest;
  source: ModuleSource;
  engine: EngineModule | null;
  error: string | null;
  origin: string | null;
};
