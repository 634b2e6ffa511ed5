import type { EngineModule } from '@misp-wf/engine';
import type { ManifestParam, ModuleManifest } from '@misp-wf/sdk';

export type ModuleSource = 'default' | 'custom' | 'misp-module';

/** A manifest param; misp-modules hash-path params keep MISP's `_isHashPath` flag (spec §12.4). */
export type IndexParam = ManifestParam & { _isHashPath?: boolean };

/** What `GET /modules` serves for one module, before its enabled state is added. */
export type IndexManifest = Omit<ModuleManifest, 'params'> & {
  params: IndexParam[];
  /** FontAwesome family of `icon` (`fab` for misp-modules, as MISP). */
  icon_class?: string;
  is_custom: boolean;
  is_misp_module: boolean;
};

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
