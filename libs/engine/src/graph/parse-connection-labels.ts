import { describeJson } from './describe-json';
import { isRecord } from './is-record';
import type { Parsed } from './parse-graph.types';
import type { ConnectionLabel } from './workflow-graph.types';

// Labels are a read-time decoration (spec §2.4), but a client that saves what it was served sends them
// back, so they are accepted and kept when well-formed.
export function parseConnectionLabels({
  value,
  path,
}: {
  value: unknown;
  path: string;
}): Parsed<readonly ConnectionLabel[]> {
  if (!Array.isArray(value))
    return {
      ok: false,
      errors: [
        `${path}: must be a list of labels (got ${describeJson(value)})`,
      ],
    };
  const labels: ConnectionLabel[] = [];
  const errors: string[] = [];
  value.forEach((label: unknown, i) => {
    const at = `${path}[${i}]`;
    if (!isRecord(label)) {
      errors.push(
        `${at}: must be an object {"id", "name", "variant"} (got ${describeJson(label)})`,
      );
      return;
    }
    const { id, name, variant } = label;
    if (
      typeof id !== 'string' ||
      typeof name !== 'string' ||
      typeof variant !== 'string'
    ) {
      errors.push(`${at}: "id", "name" and "variant" must be strings`);
      return;
    }
    labels.push({ ...label, id, name, variant });
  });
  return errors.length === 0
    ? { ok: true, value: labels }
    : { ok: false, errors };
}
