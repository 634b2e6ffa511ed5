import { describeJson } from './describe-json';
import { isRecord } from './is-record';
import { memberPath } from './member-path';
import type { Parsed } from './parse-graph.types';
import type { EmptyList, Port, PortMap } from './workflow-graph.types';

type PortMapInput<C> = {
  value: unknown;
  path: string;
  parseConnection: (input: { value: unknown; path: string }) => Parsed<C>;
};

// A node's `inputs` or `outputs`: `{ "<port>": { "connections": [...] } }`, or `[]` when the node has
// no port (PHP writes empty maps as lists, spec §2.2). Port order is kept: the walker follows it.
export function parsePortMap<C>({
  value,
  path,
  parseConnection,
}: PortMapInput<C>): Parsed<PortMap<C> | EmptyList> {
  if (Array.isArray(value)) {
    if (value.length === 0) return { ok: true, value: [] };
    return {
      ok: false,
      errors: [
        `${path}: must be an object keyed by port name, or [] when empty (got a non-empty list)`,
      ],
    };
  }
  if (!isRecord(value)) {
    return {
      ok: false,
      errors: [
        `${path}: must be an object keyed by port name, or [] when empty (got ${describeJson(value)})`,
      ],
    };
  }
  const errors: string[] = [];
  const ports: [string, Port<C>][] = [];
  for (const [name, port] of Object.entries(value)) {
    const portPath = `${path}${memberPath(name)}`;
    const connections = isRecord(port) ? port['connections'] : undefined;
    if (!isRecord(port) || !Array.isArray(connections)) {
      errors.push(
        `${portPath}: must be an object {"connections": [...]} (got ${describeJson(port)})`,
      );
      continue;
    }
    const parsed: C[] = [];
    connections.forEach((connection: unknown, i) => {
      const result = parseConnection({
        value: connection,
        path: `${portPath}.connections[${i}]`,
      });
      if (result.ok) parsed.push(result.value);
      else errors.push(...result.errors);
    });
    ports.push([name, { ...port, connections: parsed }]);
  }
  return errors.length === 0
    ? { ok: true, value: Object.fromEntries(ports) }
    : { ok: false, errors };
}
