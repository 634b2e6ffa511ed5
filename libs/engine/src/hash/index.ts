export { Hash } from './hash';
export { CakeException, InvalidArgumentException } from './hash-errors';
export type { HashGetPath } from './hash-get';
export type { NestOptions } from './hash-nest';
export type { HashPath } from './hash-path';
