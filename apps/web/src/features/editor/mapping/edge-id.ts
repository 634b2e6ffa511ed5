/** One edge per (source output → target input); the id is stable so React Flow keeps selection across edits. */
export function edgeId(args: { source: string; sourceHandle: string; target: string; targetHandle: string }): string {
  return `${args.source}:${args.sourceHandle}->${args.target}:${args.targetHandle}`;
}
