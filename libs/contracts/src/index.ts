export * from './triggers/trigger-ids';
export * from './errors/error-codes';
export * from './auth/roles';
export * from './settings/setting-definitions';
export * from './settings/validate-setting';
export * from './settings/settings.dto';
export * from './live/live-events';
