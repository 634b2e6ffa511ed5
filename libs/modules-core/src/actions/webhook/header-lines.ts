import { php } from '@misp-wf/engine';

/**
 * The `headers` textarea: one `Name: value` per line, split at the first colon, both sides trimmed as PHP's
 * `trim` does. Lines without a colon or without a name are skipped; a repeated name keeps the last value.
 */
export function parseHeaderLines(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon === -1) continue;
    const name = php.phpTrim(line.slice(0, colon));
    if (name !== '') headers[name] = php.phpTrim(line.slice(colon + 1));
  }
  return headers;
}
