export * from './lib/modules-core';
