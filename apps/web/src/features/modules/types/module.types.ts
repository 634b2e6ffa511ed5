// A row of `GET /modules` (manifest, source, enabled state, load error, origin), from `@misp-wf/contracts`
// (the one definition the API returns).
export type { ModuleSource, ModuleView as ModuleRow } from '@misp-wf/contracts';
