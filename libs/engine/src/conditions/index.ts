export * from './condition-operators';
export * from './evaluate-condition';
export * from './extract-data';
export * from './items-matching-condition';
