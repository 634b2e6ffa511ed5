// The editor's production server: Next.js plus a same-origin proxy of `/api` and `/socket.io` to the API
// (contract §1). A custom server rather than Next rewrites because rewrites are frozen at build time and
// do not proxy WebSocket upgrades; here API_URL is read at start.
const http = require('node:http');
const path = require('node:path');
const next = require('next');
const { createProxyServer } = require('http-proxy-3');

const port = Number(process.env.WEB_PORT ?? process.env.PORT ?? 4200);
const host = process.env.WEB_HOST ?? process.env.HOST ?? '127.0.0.1';
const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:3000';
const dir = path.resolve(__dirname, '..');

const isProxied = (url = '') => url.startsWith('/api/') || url === '/api' || url.startsWith('/socket.io');

async function main() {
  const app = next({ dev: false, dir, hostname: host, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const proxy = createProxyServer({ target: apiUrl, ws: true, xfwd: true });
  proxy.on('error', (err, _req, res) => {
    // The API is down or restarting: answer in the API's own error shape instead of hanging.
    if (res && typeof res.writeHead === 'function' && !res.headersSent) {
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'dependency_down', message: `API unreachable: ${err.message}` } }));
    } else if (res && typeof res.destroy === 'function') {
      res.destroy();
    }
  });

  const server = http.createServer((req, res) => {
    if (isProxied(req.url)) proxy.web(req, res);
    else handle(req, res);
  });
  server.on('upgrade', (req, socket, head) => {
    if (isProxied(req.url)) proxy.ws(req, socket, head);
    else socket.destroy();
  });
  server.listen(port, host, () => {
    process.stdout.write(`Editor ready on http://${host}:${port} (API proxied to ${apiUrl})\n`);
  });

  const stop = () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  process.stderr.write(`Editor failed to start: ${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
