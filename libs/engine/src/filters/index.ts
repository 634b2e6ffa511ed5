export * from './filter.types';
export * from './apply-filters';
export * from './filter-nodes';
