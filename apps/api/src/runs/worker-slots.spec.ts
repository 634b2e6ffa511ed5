import { BlockingRunsService } from './blocking-runs.service';
import { WorkerSlots } from './worker-slots';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('WorkerSlots', () => {
  it('caps the queued jobs running at once in the process and hands freed slots on in order', async () => {
    const slots = new WorkerSlots(2, new BlockingRunsService());
    const a = await slots.acquire();
    await slots.acquire();
    const order: string[] = [];
    const third = slots.acquire().then((r) => (order.push('third'), r));
    const fourth = slots.acquire().then((r) => (order.push('fourth'), r));
    await tick();
    expect(order).toEqual([]);
    expect(slots.inUse).toBe(2);
    a();
    a(); // a second release of the same slot is a no-op
    await tick();
    expect(order).toEqual(['third']);
    (await third)();
    await tick();
    expect(order).toEqual(['third', 'fourth']);
    expect(slots.inUse).toBe(2);
    (await fourth)();
  });

  it('lets a blocking run of the process finish before a queued job starts', async () => {
    const blocking = new BlockingRunsService();
    const slots = new WorkerSlots(4, blocking);
    let finishBlocking: () => void = () => undefined;
    const run = blocking.track(() => new Promise<void>((resolve) => (finishBlocking = resolve)));
    let started = false;
    const job = slots.acquire().then((release) => {
      started = true;
      return release;
    });
    await tick();
    expect(blocking.inFlight).toBe(1);
    expect(started).toBe(false);
    finishBlocking();
    await run;
    (await job)();
    expect(started).toBe(true);
  });

  it('does not wait more than a second for a stream of blocking runs', async () => {
    const blocking = new BlockingRunsService();
    const slots = new WorkerSlots(1, blocking);
    let finish: () => void = () => undefined;
    const run = blocking.track(() => new Promise<void>((resolve) => (finish = resolve)));
    const t0 = Date.now();
    (await slots.acquire())();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
    expect(blocking.inFlight).toBe(1);
    finish();
    await run;
  });
});
