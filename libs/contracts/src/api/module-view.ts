import type { ManifestParam, ModuleManifest } from '@misp-wf/sdk';

export type ModuleSource = 'default' | 'custom' | 'misp-module';

/** A manifest param; misp-modules hash-path params keep MISP's `_isHashPath` flag (spec §12.4). */
export type ModuleViewParam = ManifestParam & { _isHashPath?: boolean };

/** The manifest part of a `GET /modules` entry: the SDK manifest plus MISP's listing flags. */
export type ModuleViewManifest = Omit<ModuleManifest, 'params'> & {
  params: ModuleViewParam[];
  /** FontAwesome family of `icon` (`fab` for misp-modules, as MISP). */
  icon_class?: string;
  is_custom: boolean;
  is_misp_module: boolean;
};

/**
 * A `GET /modules` entry. `error` says why a module could not be loaded (it is listed and never runs);
 * `origin` says where a custom or misp-modules module came from (file, package, server URL).
 */
export type ModuleView = ModuleViewManifest & { source: ModuleSource; enabled: boolean; error: string | null; origin: string | null };
