import { InitialAuthSettings1732400000000 } from './common/1732400000000-initial-auth-settings';

/** Migrations as classes, in order, so they survive bundling. Never edit one that has been committed. */
export const MIGRATIONS = [InitialAuthSettings1732400000000];
