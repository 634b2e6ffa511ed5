// PHP's `(int)` cast of a connection's `node` string, which is how the walker and the validators turn
// a connection into a node id (spec §3.4, §4.1.1): leading whitespace is skipped, the longest numeric
// prefix is used ("12abc" → 12, "1e2" → 100, "1.9" → 1) and anything else gives 0.
const NUMERIC_PREFIX =
  /^[ \t\n\r\v\f]*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)/;

export function connectionNodeId(node: string): number {
  const match = NUMERIC_PREFIX.exec(node);
  if (match === null) return 0;
  const value = Math.trunc(Number(match[1]));
  // PHP 8 saturates out-of-range floats differently per platform; ids that large are not real ids.
  return Number.isSafeInteger(value) ? value : 0;
}
