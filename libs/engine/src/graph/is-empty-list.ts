import type { EmptyList } from './workflow-graph.types';

// Tells PHP's `[]` (an empty map serialised as a list) apart from a real map. A hand-written guard
// because `Array.isArray` does not narrow readonly tuple types.
export function isEmptyList<T>(value: T | EmptyList): value is EmptyList {
  return Array.isArray(value);
}
