import { PhpArray, phpValues } from './php-array';
import { phpCompare } from './php-compare';

/**
 * PHP 8 `sort($array)` with the default SORT_REGULAR flag: values compared with the standard
 * comparison (`phpCompare`, so numeric strings compare numerically), sort is stable (PHP >= 8.0),
 * keys are discarded and the result is a new list (the input is not modified).
 *
 * Approximation: for mixed types PHP's comparison is not transitive (e.g. "10" < "9a" < "9b" but
 * "9" < "10"); PHP's zend_sort (insertion sort / hybrid quicksort) and this merge-based sort are then
 * allowed to produce different orders. For consistent inputs (all strings, all numbers) they agree.
 */
export function phpSort(values: PhpArray): unknown[] {
  return phpValues(values)
    .map((value, index) => ({ value, index }))
    .sort((a, b) => phpCompare(a.value, b.value) || a.index - b.index)
    .map((e) => e.value);
}
