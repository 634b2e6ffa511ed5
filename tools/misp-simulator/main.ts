import { parseArgs } from 'node:util';
import { SEED_EVENT } from './misp-defaults.fixture';
import { createMispSimulator } from './misp-simulator.server';

/*
 * Developer entry point: `node -r @swc-node/register tools/misp-simulator/main.ts --port 8443 --key <key>`.
 * Seeds one event (id 1) so the platform has something to fetch, tag and publish right away.
 */

const USAGE =
  'usage: main.ts [--port 8080] [--host 127.0.0.1] [--key <api key>] [--no-seed]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      key: {
        type: 'string',
        default: process.env['MISP_SIMULATOR_KEY'] ?? 'simulator-api-key',
      },
      'no-seed': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`invalid --port: ${values.port}\n${USAGE}`);
  const sim = await createMispSimulator({
    apiKey: values.key,
    host: values.host,
    port,
    events: values['no-seed'] ? [] : [SEED_EVENT],
  });
  process.stdout.write(
    `MISP simulator listening on ${sim.url} (Authorization: ${values.key})\n`,
  );
  const stop = (): void => void sim.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
