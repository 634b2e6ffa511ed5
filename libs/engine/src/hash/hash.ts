import { hashCombine } from './hash-combine';
import { hashCheck, hashExtract } from './hash-extract';
import { hashGet } from './hash-get';
import { hashInsert } from './hash-insert';
import { hashNest } from './hash-nest';
import { hashRemove } from './hash-remove';

/**
 * CakePHP 2.10 `Hash` path utilities as PHP 8 runs them, over JSON-like data (PHP arrays = JS
 * arrays or plain objects, see php/php-array.ts). No function mutates its arguments: results share
 * unmodified sub-structures with the input and copy only the containers along modified paths.
 * Non-array `data` throws PhpTypeError, as PHP 8 does for `array $data` parameters.
 */
export const Hash = {
  get: hashGet,
  extract: hashExtract,
  check: hashCheck,
  insert: hashInsert,
  remove: hashRemove,
  combine: hashCombine,
  nest: hashNest,
} as const;
