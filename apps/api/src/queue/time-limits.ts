/** True when `promise` settles (either way) within `ms`; the timer never keeps the process alive. */
export function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
    timer.unref();
  });
  return Promise.race([promise.then(() => true, () => true), timeout]).finally(() => clearTimeout(timer));
}

/**
 * Waits for a close at most `ms`, ignoring its failure: with Redis unreachable, BullMQ's `close` waits for a
 * connection that never comes, and shutdown must go on anyway.
 */
export async function boundedClose(closing: Promise<unknown>, ms = 3_000): Promise<void> {
  await settlesWithin(closing, ms);
}

/** `promise`, or a rejection "no answer within `ms` ms" if it takes longer. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
