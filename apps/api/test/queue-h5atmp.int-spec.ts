import { Worker } from 'bullmq';
it('close with redis down', async () => {
  const w = new Worker('x', async () => 'ok', { connection: { host: '127.0.0.1', port: 1, maxRetriesPerRequest: null }, prefix: 'zz' });
  w.on('error', () => undefined);
  await new Promise((r) => setTimeout(r, 500));
  const t0 = Date.now();
  const closing = w.close();
  const r1 = await Promise.race([closing.then(() => 'closed'), new Promise((r) => setTimeout(() => r('timeout'), 2000))]);
  console.log('close', r1, Date.now() - t0);
  if (r1 === 'timeout') {
    await Promise.race([w.disconnect().then(() => 'disc'), new Promise((r) => setTimeout(() => r('disc-timeout'), 2000))]).then((x) => console.log(x));
    const r2 = await Promise.race([closing.then(() => 'closed'), new Promise((r) => setTimeout(() => r('timeout2'), 3000))]);
    console.log('after disconnect', r2, Date.now() - t0);
  }
}, 20000);
