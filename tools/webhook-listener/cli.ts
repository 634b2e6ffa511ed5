import { parseArgs } from 'node:util';
import { formatRejected, formatRequest } from './format-request';
import { createWebhookListener, DEFAULT_HOST, DEFAULT_PORT, type WebhookListener } from './webhook-listener';

export type CliOptions = { host: string; port: number; headers: boolean; help: boolean };

export const USAGE = `Usage: main.ts [--host ${DEFAULT_HOST}] [--port ${DEFAULT_PORT}] [--headers]
Prints every request it receives (e.g. MISP workflow debug-mode POSTs) and answers 200 {"status":"ok"}.
  --headers   print all request headers, not only Content-Type`;

/** Throws with a readable message on a bad flag or port. */
export function parseCliOptions(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      host: { type: 'string', default: DEFAULT_HOST },
      port: { type: 'string', default: String(DEFAULT_PORT) },
      headers: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid --port: ${values.port}`);
  return { host: values.host, port, headers: values.headers, help: values.help };
}

/** The CLI without process wiring, so tests can capture what it prints through `write`. */
export async function startCli(options: CliOptions, write: (text: string) => void): Promise<WebhookListener> {
  const listener = await createWebhookListener({
    host: options.host,
    port: options.port,
    onRequest: (request) => write(formatRequest(request, { headers: options.headers })),
    onRejected: (rejected) => write(formatRejected(rejected)),
  });
  write(`webhook-listener on ${listener.url} (Ctrl-C to stop)\n\n`);
  return listener;
}
