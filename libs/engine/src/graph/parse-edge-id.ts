export type ParsedEdgeId = {
  readonly source_id: string;
  readonly output_id: string;
  readonly connection_id: string;
  readonly next_node_id: string;
};

// MISP `GraphWalker::parsePathList` for one entry: a plain split on ":" whose parts stay strings
// (path warnings report them as strings). Missing parts become "" where PHP would read null.
export function parseEdgeId(edgeId: string): ParsedEdgeId {
  const [source = '', output = '', connection = '', next = ''] =
    edgeId.split(':');
  return {
    source_id: source,
    output_id: output,
    connection_id: connection,
    next_node_id: next,
  };
}
