import { InitialAuthSettings1732400000000 } from './common/1732400000000-initial-auth-settings';
import { Workflows1732500000000 } from './common/1732500000000-workflows';
import { ModuleStatesExecutions1732600000000 } from './common/1732600000000-module-states-executions';
import { JobsPayloads1732700000000 } from './common/1732700000000-jobs-payloads';
import { Logs1732800000000 } from './common/1732800000000-logs';
import { Blueprints1732900000000 } from './common/1732900000000-blueprints';
import { ModuleStore1733000000000 } from './common/1733000000000-module-store';

/** Migrations as classes, in order, so they survive bundling. Never edit one that has been committed. */
export const MIGRATIONS = [InitialAuthSettings1732400000000, Workflows1732500000000, ModuleStatesExecutions1732600000000, JobsPayloads1732700000000, Logs1732800000000, Blueprints1732900000000, ModuleStore1733000000000];
