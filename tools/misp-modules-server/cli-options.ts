import { parseArgs } from 'node:util';

export type CliOptions = { host: string; port: number; help: boolean };

export const USAGE = `Usage: main.ts [--host 127.0.0.1] [--port 6666]
Serves a fake misp-modules (GET /modules, POST /query, /healthcheck, /version, /openapi.json).`;

/** Throws with a readable message on a bad flag or port, so main.ts can print usage and exit 2. */
export function parseCliOptions(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '6666' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid --port: ${values.port}`);
  return { host: values.host, port, help: values.help };
}
