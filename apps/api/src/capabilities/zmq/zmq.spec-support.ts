import { createServer } from 'node:net';
import type { Subscriber } from 'zeromq';

/** A TCP port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * PUB/SUB drops what is published before a subscription reaches the publisher (ZeroMQ's "slow joiner"), so
 * this publishes until the subscriber has a message and returns that first frame as text.
 */
export async function receiveWhilePublishing(sub: Subscriber, publish: () => Promise<unknown>, timeoutMs = 5_000): Promise<string> {
  const received = sub.receive().then(([frame]) => frame.toString('utf8'));
  let done = false;
  void received.finally(() => (done = true));
  const deadline = Date.now() + timeoutMs;
  while (!done && Date.now() < deadline) {
    await publish();
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  if (!done) throw new Error('no ZeroMQ message received');
  return received;
}
