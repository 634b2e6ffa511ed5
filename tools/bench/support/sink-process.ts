import { createServer } from 'node:http';

/**
 * The webhook sink of flow A, in its own process so that draining multi-megabyte bodies never delays the
 * load generator's timers. Answers 200 `{}` once the body is read; the parent asks for the hit count.
 */
let hits = 0;
const server = createServer((req, res) => {
  req.on('data', () => undefined);
  req.on('end', () => {
    hits++;
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '2' });
    res.end('{}');
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
});
process.on('message', (message: unknown) => {
  if (message === 'hits') process.send?.({ hits });
  if (message === 'reset') hits = 0;
});
process.on('disconnect', () => process.exit(0));
