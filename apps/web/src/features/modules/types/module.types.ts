import type { ModuleManifest } from '@misp-wf/sdk';

export type ModuleSource = 'default' | 'custom' | 'misp-module';

/** A row of `GET /modules`: the manifest plus where it comes from, its state and (custom modules) why it failed to load. */
export type ModuleRow = ModuleManifest & {
  source: ModuleSource;
  enabled: boolean;
  error: string | null;
  /** Where a custom or misp-modules module came from (file, package, server URL). */
  origin?: string | null;
};
