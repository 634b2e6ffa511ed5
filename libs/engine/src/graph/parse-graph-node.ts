import { describeJson } from './describe-json';
import { isRecord } from './is-record';
import { parseInputConnection } from './parse-input-connection';
import { parseNodeData } from './parse-node-data';
import { parseOutputConnection } from './parse-output-connection';
import { parsePortMap } from './parse-port-map';
import type { Parsed } from './parse-graph.types';
import type { GraphNode } from './workflow-graph.types';

// One entry of the node map. The key must be `String(node.id)`: the walker looks nodes up by the
// integer in a connection, so a node filed under another key would be unreachable (spec §2.2).
export function parseGraphNode({
  key,
  value,
  path,
}: {
  key: string;
  value: unknown;
  path: string;
}): Parsed<GraphNode> {
  if (!isRecord(value))
    return {
      ok: false,
      errors: [`${path}: must be a node object (got ${describeJson(value)})`],
    };
  const errors: string[] = [];
  const { id } = value;
  if (typeof id !== 'number' || !Number.isSafeInteger(id)) {
    errors.push(
      `${path}.id: must be an integer node id (got ${describeJson(id)})`,
    );
  } else if (String(id) !== key) {
    errors.push(
      `${path}: is filed under key ${JSON.stringify(key)} but its id is ${id}; the key must be ${JSON.stringify(String(id))}`,
    );
  }
  errors.push(...optionalFieldErrors(value, path));
  const data = parseNodeData({ value: value['data'], path: `${path}.data` });
  const inputs = parsePortMap({
    value: value['inputs'],
    path: `${path}.inputs`,
    parseConnection: parseInputConnection,
  });
  const outputs = parsePortMap({
    value: value['outputs'],
    path: `${path}.outputs`,
    parseConnection: parseOutputConnection,
  });
  for (const part of [data, inputs, outputs])
    if (!part.ok) errors.push(...part.errors);
  if (
    errors.length > 0 ||
    typeof id !== 'number' ||
    !data.ok ||
    !inputs.ok ||
    !outputs.ok
  )
    return { ok: false, errors };
  return {
    ok: true,
    value: {
      ...value,
      id,
      data: data.value,
      inputs: inputs.value,
      outputs: outputs.value,
    },
  };
}

function optionalFieldErrors(
  node: { readonly [key: string]: unknown },
  path: string,
): string[] {
  const errors: string[] = [];
  const expect = (
    field: string,
    type: 'string' | 'boolean' | 'number',
  ): void => {
    const v = node[field];
    const ok =
      v === undefined ||
      (typeof v === type && (type !== 'number' || Number.isFinite(v)));
    if (!ok)
      errors.push(
        `${path}.${field}: must be a ${type} (got ${describeJson(v)})`,
      );
  };
  expect('name', 'string');
  expect('class', 'string');
  expect('typenode', 'boolean');
  expect('pos_x', 'number');
  expect('pos_y', 'number');
  return errors;
}
