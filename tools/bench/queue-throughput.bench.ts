/**
 * Queued-execution throughput of the real built API (performance anchors §4.7; figures in
 * docs/performance.md), run with
 * `npm run bench:queue [-- --runs 3 --count 2000]`. One API process (HTTP and worker together, the
 * default `WORKER=true`) gets `count` `attribute-after-save` hooks (one per saved attribute, as during a
 * feed pull) over 10 connections, with a trivial workflow; the time runs from the first 202 to the moment
 * the last execution is recorded (`GET /api/v1/executions?trigger_id=…&limit=1` total, polled every
 * 50 ms). Embedded queue (SQLite) and BullMQ on Redis (`TEST_REDIS_URL`, else a private redis-server).
 * Executions per CPU-second of the API process is the "per worker core" figure of the target.
 */
import { cpus } from 'node:os';
import { startBuiltApi, type BenchApi } from './support/api-server';
import { QUEUE_TARGET_PER_CORE } from './support/baseline';
import { attributeSaved } from './support/events';
import { trivialAttributeFlow } from './support/graphs';
import { formatAnswers, sendBurst } from './support/load';
import { numericOption, printMachineFacts, printTable } from './support/machine';
import { cpuWindow, processCpuMs } from './support/proc-stats';
import { benchRedis, type BenchRedis } from './support/redis-server';
import { median, spread } from './support/stats';

const TRIGGER = 'attribute-after-save';
const HOOK = `/api/v1/hooks/misp/${TRIGGER}`;
const WARMUP = 200;

type QueueRun = { perSec: number; perCpuSec: number; acceptPerSec: number; drainMs: number; redisCpuMs: number; foreignPct: number };

async function recorded(api: BenchApi): Promise<number> {
  const page = await api.call<{ total: number }>('GET', `/api/v1/executions?trigger_id=${TRIGGER}&limit=1`);
  return page.total;
}

async function waitRecorded(api: BenchApi, total: number, timeoutMs = 300_000): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if ((await recorded(api)) >= total) return performance.now();
    if (performance.now() > deadline) throw new Error(`only ${await recorded(api)} of ${total} executions recorded after ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Unique attribute uuids: the re-entry guard keys attribute triggers by attribute, so none is skipped. */
const bodyOf = (offset: number) => (n: number) => Buffer.from(JSON.stringify({ data: attributeSaved(offset + n + 1) }));

async function measure(mode: string, count: number, env: Record<string, string>, redis?: BenchRedis): Promise<QueueRun> {
  const api = await startBuiltApi({ env });
  try {
    await api.call('PATCH', '/api/v1/settings', { 'Plugin.Workflow_enable': true, [`Plugin.Workflow_triggers_${TRIGGER}`]: true });
    await api.call('POST', '/api/v1/workflows', { name: 'Trivial attribute flow', trigger_id: TRIGGER, data: trivialAttributeFlow(TRIGGER) });
    // Warm-up burst (JIT, connection pools, SQLite page cache), drained before the measured one.
    await sendBurst({ url: api.url, path: HOOK, total: WARMUP, body: bodyOf(0) });
    await waitRecorded(api, WARMUP);

    const window = cpuWindow({ server: api.pid, others: redis?.pid ? [redis.pid] : [] });
    const redisStart = redis?.pid ? processCpuMs(redis.pid) : 0;
    const burst = sendBurst({ url: api.url, path: HOOK, total: count, body: bodyOf(WARMUP) });
    const sent = await burst;
    const lastRecordedAt = await waitRecorded(api, WARMUP + count);
    const cpu = window();
    const redisCpuMs = redis?.pid ? processCpuMs(redis.pid) - redisStart : 0;
    const accepted = sent.answers['202 queued'] ?? 0;
    if (accepted !== count || sent.errors) console.warn(`  ${mode}: ${accepted}/${count} hooks answered 202 (${formatAnswers(sent.answers)}; ${sent.errors} errors)`);
    const drainMs = lastRecordedAt - sent.firstAcceptedAt;
    return {
      perSec: count / (drainMs / 1000),
      perCpuSec: count / (cpu.serverCpuMs / 1000),
      acceptPerSec: count / ((sent.lastAcceptedAt - sent.firstAcceptedAt) / 1000),
      drainMs,
      redisCpuMs,
      foreignPct: cpu.foreignPct,
    };
  } finally {
    await api.stop();
  }
}

async function main(): Promise<void> {
  const runs = numericOption('runs', 'BENCH_RUNS', 3);
  const count = numericOption('count', 'BENCH_COUNT', 2000);
  printMachineFacts(`Queue throughput: ${count} ${TRIGGER} hooks over 10 connections, trivial workflow, ${runs} run(s), one API process (HTTP + worker)`);
  console.log(`CPUs available to the API process: ${cpus().length} (it runs JavaScript on one; SQLite calls are synchronous on that thread)`);
  const redis = await benchRedis();
  if (!redis) console.log('No TEST_REDIS_URL and no redis-server on PATH: BullMQ mode skipped.');
  else console.log(`Redis: ${redis.pid ? `private redis-server (pid ${redis.pid})` : 'TEST_REDIS_URL'}, REDIS_PREFIX ${redis.prefix}`);
  const results = new Map<string, QueueRun[]>();
  try {
    for (let run = 1; run <= runs; run++) {
      const modes: [string, Record<string, string>, BenchRedis | undefined][] = [['embedded (SQLite)', {}, undefined]];
      if (redis) modes.push(['BullMQ (Redis)', { REDIS_URL: redis.url, REDIS_PREFIX: `${redis.prefix}r${run}` }, redis]);
      for (const [mode, env, r] of modes) {
        const q = await measure(mode, count, env, r);
        console.log(
          `run ${run} ${mode}: ${q.perSec.toFixed(0)} executions/s (drained in ${(q.drainMs / 1000).toFixed(2)} s), ${q.perCpuSec.toFixed(0)} per API CPU-second, ` +
            `hooks accepted at ${q.acceptPerSec.toFixed(0)}/s${r?.pid ? `, redis-server ${(q.redisCpuMs / count).toFixed(3)} ms CPU/execution` : ''}, others used ${q.foreignPct.toFixed(0)} % of the CPUs`,
        );
        results.set(mode, [...(results.get(mode) ?? []), q]);
      }
    }
  } finally {
    await redis?.close();
  }

  console.log('');
  const rows = [['queue', 'executions/s', 'per API CPU-s', 'hooks accepted/s', 'drain s', 'others %']];
  for (const [mode, qs] of results) {
    rows.push([mode, spread(qs.map((q) => q.perSec), 0), spread(qs.map((q) => q.perCpuSec), 0), spread(qs.map((q) => q.acceptPerSec), 0), spread(qs.map((q) => q.drainMs / 1000), 2), spread(qs.map((q) => q.foreignPct), 0)]);
  }
  printTable(rows);
  console.log(`\nTarget (performance.md §4.7): ≥ ${QUEUE_TARGET_PER_CORE} queued executions/s per worker core, small events`);
  for (const [mode, qs] of results) {
    const perCore = median(qs.map((q) => q.perCpuSec));
    console.log(`  ${mode}: ${perCore.toFixed(0)} per CPU-second → ${perCore >= QUEUE_TARGET_PER_CORE ? 'met' : 'NOT met'} (${((100 * perCore) / QUEUE_TARGET_PER_CORE).toFixed(0)} % of target)`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
