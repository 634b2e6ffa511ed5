export type EdgeRef = {
  readonly source: number;
  readonly output: string;
  readonly index: number;
  readonly target: number;
};

// `"<source>:<output>:<connection index>:<target>"`, the walker's path-list entry (spec §1.3, §3.4),
// e.g. `1:output_1:0:53`. Execution traces and path warnings refer to edges by this string.
export function formatEdgeId({
  source,
  output,
  index,
  target,
}: EdgeRef): string {
  return `${source}:${output}:${index}:${target}`;
}
