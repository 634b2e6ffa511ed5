import { describeJson } from './describe-json';
import { isRecord } from './is-record';
import { parseConnectionLabels } from './parse-connection-labels';
import type { Parsed } from './parse-graph.types';
import type { InputConnection } from './workflow-graph.types';

export function parseInputConnection({
  value,
  path,
}: {
  value: unknown;
  path: string;
}): Parsed<InputConnection> {
  if (!isRecord(value)) {
    return {
      ok: false,
      errors: [
        `${path}: must be an object like {"node": "1", "input": "output_1"} (got ${describeJson(value)})`,
      ],
    };
  }
  const { node, input, labels } = value;
  const errors: string[] = [];
  if (typeof node !== 'string')
    errors.push(
      `${path}.node: must be the source node id as a string (got ${describeJson(node)})`,
    );
  if (typeof input !== 'string')
    errors.push(
      `${path}.input: must be the source's output name, e.g. "output_1" (got ${describeJson(input)})`,
    );
  const parsedLabels =
    labels === undefined
      ? undefined
      : parseConnectionLabels({ value: labels, path: `${path}.labels` });
  if (parsedLabels !== undefined && !parsedLabels.ok)
    errors.push(...parsedLabels.errors);
  if (
    errors.length > 0 ||
    typeof node !== 'string' ||
    typeof input !== 'string'
  )
    return { ok: false, errors };
  const connection: InputConnection = { ...value, node, input };
  return {
    ok: true,
    value:
      parsedLabels?.ok === true
        ? { ...connection, labels: parsedLabels.value }
        : connection,
  };
}
