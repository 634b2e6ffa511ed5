export * from './saved-filters';
export * from './params-with-values';
