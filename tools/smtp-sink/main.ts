import { createSmtpSink } from './smtp-sink';

const USAGE = 'Usage: node -r @swc-node/register tools/smtp-sink/main.ts [--host 127.0.0.1] [--port 2525] [--user u --pass p]';

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i === -1 ? undefined : argv[i + 1];
}

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const port = Number(option(argv, 'port') ?? 2525);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number\n${USAGE}`);
  const user = option(argv, 'user');
  const pass = option(argv, 'pass');
  const sink = await createSmtpSink({
    host: option(argv, 'host') ?? '127.0.0.1',
    port,
    auth: user !== undefined ? { user, pass: pass ?? '' } : undefined,
    onMessage: (m) =>
      process.stdout.write(`[${m.receivedAt.toISOString()}] from <${m.from}> to ${m.to.map((t) => `<${t}>`).join(', ')}\nsubject: ${m.subject}\n\n${m.text}\n\n`),
  });
  process.stdout.write(`smtp-sink listening on ${sink.host}:${sink.port}\n`);
  const stop = () => void sink.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
