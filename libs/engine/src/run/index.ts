export * from './run.types';
export * from './roaming-data';
export * from './execute-node';
export * from './walk-graph';
export * from './run-workflow';
export { nodeParams } from './graph-access';
