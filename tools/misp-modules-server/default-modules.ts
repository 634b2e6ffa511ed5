import { blockActionModule, mattermostModule, testActionModule } from './action-modules';
import { hashlookupModule, jinjaTemplateRenderingModule } from './expansion-modules';
import type { MispModule } from './module-types';

/** A fresh list each call, so a test that edits a descriptor cannot leak into another server. */
export function defaultModules(): MispModule[] {
  return [hashlookupModule(), jinjaTemplateRenderingModule(), mattermostModule(), testActionModule(), blockActionModule()];
}
