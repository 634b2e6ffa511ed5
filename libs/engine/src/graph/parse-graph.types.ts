import type { WorkflowGraph } from './workflow-graph.types';

export type ParseGraphResult =
  | { readonly ok: true; readonly graph: WorkflowGraph }
  | { readonly ok: false; readonly errors: readonly string[] };

// Result of the small field parsers: a typed value, or every problem found below `path`.
export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly string[] };
