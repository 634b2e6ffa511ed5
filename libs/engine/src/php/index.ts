/**
 * PHP 8 semantics needed to reproduce MISP (CakePHP 2) behaviour: loose comparison, numeric
 * strings, emptiness, string conversion, sort() and preg_match(), over JSON-like data where PHP
 * arrays are JS arrays (lists) or plain objects (ordered maps) — see php-array.ts.
 */
export {
  isPhpArray,
  isPhpIntKey,
  isPhpList,
  phpArrayFromEntries,
  phpArrayGet,
  phpArrayHasKey,
  phpArrayMerge,
  phpArraySet,
  phpArrayUnset,
  phpCastArray,
  phpCount,
  phpEntries,
  phpIsset,
  phpNormalizeKey,
  phpOffsetKey,
  phpTypeName,
  phpValues,
} from './php-array';
export type { PhpArray, PhpEntry, PhpKey, PhpList, PhpMap } from './php-array';
export {
  phpCompare,
  phpGreaterOrEqual,
  phpGreaterThan,
  phpIdentical,
  phpInArray,
  phpLessOrEqual,
  phpLessThan,
  phpLooseEquals,
  phpLooseNotEquals,
} from './php-compare';
export { phpEmpty, phpToBool } from './php-empty';
export { PhpTypeError } from './php-errors';
export { phpFloatToString } from './php-float';
export {
  phpIsNumeric,
  phpNumberFromJs,
  phpParseNumericString,
} from './php-is-numeric';
export type { PhpNumber } from './php-is-numeric';
export { phpSort } from './php-sort';
export { phpStrcmp, phpToString, phpTrim } from './php-string';
export {
  pregCompile,
  PregError,
  pregMatch,
  PregReDoSError,
  PregUnsupportedError,
} from './preg';
