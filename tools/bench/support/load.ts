import { Client } from 'undici';
import { BENCH_ADMIN_KEY } from './api-server';
import { cpuWindow } from './proc-stats';
import { percentile } from './stats';

export const CONNECTIONS = 10;

export type LoadOptions = {
  url: string;
  path: string;
  /** Connection i sends `bodies[i % bodies.length]` (a different event per connection: see hookBodies). */
  bodies: readonly Buffer[];
  connections?: number;
  warmupMs?: number;
  durationMs?: number;
  /** Our processes: the server measured, and the others (sink, Redis) so they are not counted as outside load. */
  pids: { server: number; others?: readonly number[] };
};

export type LoadResult = {
  requests: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  /** Transport errors (no HTTP answer). */
  errors: number;
  /** Every answered request, warm-up and tail included (to compare with the sink's hit count). */
  answered: number;
  /** `<status> <outcome>` → count, e.g. `200 success`. */
  answers: Record<string, number>;
  serverCpuMsPerReq: number;
  /** CPU of this process (the load generator, and a live client when one runs here) per request. */
  clientCpuMsPerReq: number;
  /** CPU that processes other than ours used during the window, in % of all cores. */
  foreignPct: number;
};

/**
 * One keep-alive connection per loop, as wrk does. (An undici `Pool` shared by the loops let one request
 * wait in the pool's queue for 10+ s behind the others on 5 MB bodies, which showed up as p99.)
 */
function connectionsTo(url: string, count: number): Client[] {
  return Array.from({ length: count }, () => new Client(url, { pipelining: 1, keepAliveTimeout: 60_000, headersTimeout: 120_000, bodyTimeout: 120_000 }));
}

async function closeAll(clients: readonly Client[]): Promise<void> {
  await Promise.all(clients.map((c) => c.close()));
}

const headers = { authorization: BENCH_ADMIN_KEY, 'content-type': 'application/json' };

async function post(p: Client, path: string, body: Buffer): Promise<string> {
  const res = await p.request({ path, method: 'POST', headers, body });
  const text = await res.body.text();
  let outcome = '';
  try {
    const answer = JSON.parse(text) as { outcome?: string; queued?: boolean; error?: { code?: string } };
    outcome = answer.outcome ?? (answer.queued ? 'queued' : (answer.error?.code ?? ''));
  } catch {
    outcome = 'non-json';
  }
  return `${res.statusCode} ${outcome}`;
}

/**
 * wrk-style closed-loop load: `connections` keep-alive connections, each sending its next request as soon
 * as the previous answer is read, for a warm-up and then a measured window. Only requests that complete
 * inside the window count; latency is request start to the last byte of the answer.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const connections = options.connections ?? CONNECTIONS;
  const warmupMs = options.warmupMs ?? 3_000;
  const durationMs = options.durationMs ?? 10_000;
  const clients = connectionsTo(options.url, connections);
  const latencies: number[] = [];
  const answers: Record<string, number> = {};
  let errors = 0;
  let answered = 0;
  const begin = performance.now();
  const windowStart = begin + warmupMs;
  const windowEnd = windowStart + durationMs;
  let finishCpu: ReturnType<typeof cpuWindow> | undefined;
  let cpu: ReturnType<ReturnType<typeof cpuWindow>> | undefined;
  const startTimer = setTimeout(() => (finishCpu = cpuWindow({ server: options.pids.server, others: options.pids.others ?? [] })), warmupMs);
  const endTimer = setTimeout(() => (cpu = finishCpu?.()), warmupMs + durationMs);

  const loop = async (i: number) => {
    const body = options.bodies[i % options.bodies.length];
    while (performance.now() < windowEnd) {
      const t0 = performance.now();
      try {
        const answer = await post(clients[i], options.path, body);
        const t1 = performance.now();
        answered++;
        if (t1 >= windowStart && t1 <= windowEnd) {
          latencies.push(t1 - t0);
          answers[answer] = (answers[answer] ?? 0) + 1;
        }
      } catch {
        errors++;
        await new Promise((r) => setTimeout(r, 10));
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, i) => loop(i)));
  clearTimeout(startTimer);
  clearTimeout(endTimer);
  cpu ??= finishCpu?.();
  await closeAll(clients);

  latencies.sort((a, b) => a - b);
  const requests = latencies.length;
  return {
    requests,
    reqPerSec: requests / (durationMs / 1000),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors,
    answered,
    answers,
    serverCpuMsPerReq: requests ? (cpu?.serverCpuMs ?? 0) / requests : 0,
    clientCpuMsPerReq: requests ? (cpu?.selfCpuMs ?? 0) / requests : 0,
    foreignPct: cpu?.foreignPct ?? 0,
  };
}

export type BurstResult = { firstAcceptedAt: number; lastAcceptedAt: number; answers: Record<string, number>; errors: number };

/** Sends exactly `total` requests over `connections` connections as fast as they are answered. */
export async function sendBurst(options: { url: string; path: string; total: number; body: (n: number) => Buffer; connections?: number }): Promise<BurstResult> {
  const connections = options.connections ?? CONNECTIONS;
  const clients = connectionsTo(options.url, connections);
  const answers: Record<string, number> = {};
  let next = 0;
  let errors = 0;
  let firstAcceptedAt = 0;
  let lastAcceptedAt = 0;
  const loop = async (client: Client) => {
    while (next < options.total) {
      const n = next++;
      try {
        const answer = await post(client, options.path, options.body(n));
        const at = performance.now();
        if (!firstAcceptedAt) firstAcceptedAt = at;
        lastAcceptedAt = at;
        answers[answer] = (answers[answer] ?? 0) + 1;
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(clients.map(loop));
  await closeAll(clients);
  return { firstAcceptedAt, lastAcceptedAt, answers, errors };
}

export function formatAnswers(answers: Record<string, number>): string {
  return Object.entries(answers)
    .map(([k, v]) => `${k}×${v}`)
    .join(', ');
}
