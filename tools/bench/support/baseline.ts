import type { FlowName } from './graphs';

/**
 * Reference figures of the performance anchors (performance.md of the shared reference docs) §3: the bare
 * node:http floor and a bare NestJS + fastify server running the same flow, on the same kind of 2-vCPU
 * machine (wrk -c10, medians of 3). Keys are attribute counts.
 */
export type Reference = { reqPerSec: number; p50: number; p99: number; cpuMsPerReq: number };

export const FLOOR: Record<FlowName, Record<number, Reference>> = {
  A: {
    10: { reqPerSec: 5579, p50: 1.6, p99: 4.0, cpuMsPerReq: 0.18 },
    100: { reqPerSec: 1707, p50: 5.4, p99: 11.1, cpuMsPerReq: 0.58 },
    1000: { reqPerSec: 150, p50: 60.6, p99: 139, cpuMsPerReq: 6.82 },
    10000: { reqPerSec: 14.3, p50: 657, p99: 1169, cpuMsPerReq: 77.4 },
  },
  B: {
    10: { reqPerSec: 14429, p50: 0.6, p99: 2.0, cpuMsPerReq: 0.07 },
    100: { reqPerSec: 3444, p50: 2.6, p99: 6.7, cpuMsPerReq: 0.29 },
    1000: { reqPerSec: 396, p50: 22.9, p99: 55.7, cpuMsPerReq: 2.62 },
    10000: { reqPerSec: 34.5, p50: 275, p99: 3075, cpuMsPerReq: 32.6 },
  },
};

export const NEST_FASTIFY: Record<FlowName, Record<number, Reference>> = {
  A: {
    10: { reqPerSec: 4720, p50: 1.9, p99: 4.5, cpuMsPerReq: 0.21 },
    100: { reqPerSec: 1442, p50: 6.4, p99: 13.3, cpuMsPerReq: 0.7 },
    1000: { reqPerSec: 138, p50: 64.5, p99: 170, cpuMsPerReq: 7.34 },
    10000: { reqPerSec: 13.0, p50: 696, p99: 1297, cpuMsPerReq: 87.2 },
  },
  B: {
    10: { reqPerSec: 9869, p50: 0.8, p99: 2.8, cpuMsPerReq: 0.1 },
    100: { reqPerSec: 2754, p50: 3.2, p99: 8.5, cpuMsPerReq: 0.37 },
    1000: { reqPerSec: 302, p50: 30.0, p99: 97.7, cpuMsPerReq: 3.5 },
    10000: { reqPerSec: 22.9, p50: 417, p99: 658, cpuMsPerReq: 51.1 },
  },
};

/** §4 target 3: marginal server CPU per 1,000 attributes (1k → 10k slope) within 10 % of the floor's. */
export const MARGINAL_TARGET_MS: Record<FlowName, number> = { A: 8.6, B: 3.7 };

/** §4 target 2: flow A/B at 10 attributes ≥ 80 % of NestJS + fastify, p99 ≤ 5 ms. */
export const SMALL_EVENT_TARGET = { A: 3800, B: 7900, p99Ms: 5 };

/** §4 target 5: idle RSS and peak RSS under 10 concurrent 10k-attribute events (1.3 × the floor's ~330 MB). */
export const MEMORY_TARGET_MB = { idle: 150, peak: 1.3 * 330 };

/** §4 target 7: queued executions per second per worker core, small events. */
export const QUEUE_TARGET_PER_CORE = 1000;

/** §4 target 4: live traces add at most 5 % CPU with an editor attached. */
export const LIVE_TARGET_PCT = 5;
