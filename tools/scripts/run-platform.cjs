// Runs the built API and editor side by side, prints their URLs, and stops both on Ctrl-C.
const { spawn } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const apiPort = process.env.PORT ?? '3000';
const webPort = process.env.WEB_PORT ?? '4200';
const host = process.env.HOST ?? '127.0.0.1';
const env = { ...process.env, PORT: apiPort, HOST: host, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' };

const children = [];
let stopping = false;

function run(name, args, extraEnv) {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: ['ignore', 'inherit', 'inherit'] });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      process.stderr.write(`${name} stopped (${signal ?? `exit ${code}`}); stopping the platform.\n`);
      stop(code ?? 1);
    }
  });
  children.push(child);
  return child;
}

function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  const deadline = setTimeout(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    process.exit(code);
  }, 8000);
  Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.once('exit', r))))).then(() => {
    clearTimeout(deadline);
    process.exit(code);
  });
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

run('API', ['dist/apps/api/main.js'], {});
run('Editor', ['apps/web/server/web-server.cjs'], { WEB_PORT: webPort, WEB_HOST: host, API_URL: `http://${host}:${apiPort}` });
process.stdout.write(
  `\nMISP Workflow Platform\n  API:    http://${host}:${apiPort}/api/v1  (docs: http://${host}:${apiPort}/api/docs)\n` +
    `  Editor: http://${host}:${webPort}\nPress Ctrl-C to stop both.\n\n`,
);
