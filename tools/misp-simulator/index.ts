export { createMispSimulator } from './misp-simulator.server';
export { mispTag } from './misp-state.store';
export {
  SEED_EVENT,
  DEFAULT_WARNINGLISTS,
  DEFAULT_GALAXIES,
} from './misp-defaults.fixture';
export { SELF_SIGNED_TLS } from './misp-tls.fixture';
export type * from './misp-simulator.types';
