export { blockActionModule, mattermostModule, requireKey, slowActionModule, testActionModule } from './action-modules';
export { defaultModules } from './default-modules';
export { hashlookupModule, jinjaTemplateRenderingModule } from './expansion-modules';
export {
  createMispModulesServer,
  type Fault,
  type MispModulesServer,
  type MispModulesServerOptions,
  type RecordedRequest,
} from './misp-modules-server';
export type * from './module-types';
export { DEFAULT_TIMEOUT_SECONDS, GENERIC_ERROR, TIMEOUT_ERROR } from './query-handler';
