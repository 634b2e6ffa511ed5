import { fork } from 'node:child_process';
import { join } from 'node:path';

export type Sink = { url: string; pid: number; hits: () => Promise<number>; reset: () => void; stop: () => Promise<void> };

/** Starts sink-process.ts (with this process's `-r` loaders) and resolves once it listens. */
export async function startSink(): Promise<Sink> {
  const child = fork(join(__dirname, 'sink-process.ts'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m: { port?: number }) => resolve(m.port ?? 0));
    child.once('exit', (code) => reject(new Error(`the webhook sink exited (${code}) before listening`)));
  });
  const hits = () =>
    new Promise<number>((resolve) => {
      const onMessage = (m: { hits?: number }) => {
        if (m.hits === undefined) return;
        child.off('message', onMessage);
        resolve(m.hits);
      };
      child.on('message', onMessage);
      child.send('hits');
    });
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  return { url: `http://127.0.0.1:${port}/hook`, pid: child.pid as number, hits, reset: () => child.send('reset'), stop };
}
