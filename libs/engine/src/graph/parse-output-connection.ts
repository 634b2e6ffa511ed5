import { describeJson } from './describe-json';
import { isRecord } from './is-record';
import type { Parsed } from './parse-graph.types';
import type { OutputConnection } from './workflow-graph.types';

export function parseOutputConnection({
  value,
  path,
}: {
  value: unknown;
  path: string;
}): Parsed<OutputConnection> {
  if (!isRecord(value)) {
    return {
      ok: false,
      errors: [
        `${path}: must be an object like {"node": "2", "output": "input_1"} (got ${describeJson(value)})`,
      ],
    };
  }
  const { node, output, points } = value;
  const errors: string[] = [];
  if (typeof node !== 'string')
    errors.push(
      `${path}.node: must be the target node id as a string (got ${describeJson(node)})`,
    );
  if (typeof output !== 'string')
    errors.push(
      `${path}.output: must be the target's input name, e.g. "input_1" (got ${describeJson(output)})`,
    );
  if (points !== undefined && !Array.isArray(points))
    errors.push(`${path}.points: must be a list (got ${describeJson(points)})`);
  if (
    errors.length > 0 ||
    typeof node !== 'string' ||
    typeof output !== 'string'
  )
    return { ok: false, errors };
  return { ok: true, value: { ...value, node, output } };
}
