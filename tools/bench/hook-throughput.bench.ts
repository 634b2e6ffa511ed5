/**
 * Blocking-hook throughput of the real built API (performance anchors §4.2 and §4.3; figures in
 * docs/performance.md), run with
 * `npm run bench:hooks [-- --runs 3 --sizes 10,1000,10000 --duration 10000]`. Flows A and B of §3 run
 * through `POST /api/v1/hooks/misp/event-publish` under 10 keep-alive connections (3 s warm-up, 10 s
 * measured), interleaved, each size and flow repeated `runs` times; medians with the range in brackets.
 * Figures are compared with the bare NestJS + fastify server and the node:http floor measured in §3.
 */
import { FLOOR, MARGINAL_TARGET_MS, NEST_FASTIFY, SMALL_EVENT_TARGET } from './support/baseline';
import { hookBodies } from './support/events';
import { HOOK_PATH, startFlowPlatform } from './support/flow-platform';
import type { FlowName } from './support/graphs';
import { CONNECTIONS, formatAnswers, runLoad, type LoadResult } from './support/load';
import { numericOption, printMachineFacts, printTable, sizesOption } from './support/machine';
import { median, spread } from './support/stats';

/** `--flows B` measures one flow only (e.g. under a profiler). */
const FLOWS = flowsOption();

function flowsOption(): FlowName[] {
  const i = process.argv.findIndex((a) => a === '--flows' || a.startsWith('--flows='));
  const raw = i < 0 ? 'A,B' : process.argv[i].includes('=') ? process.argv[i].split('=')[1] : process.argv[i + 1];
  const flows = raw.split(',').filter((f): f is FlowName => f === 'A' || f === 'B');
  return flows.length ? flows : ['A', 'B'];
}

async function main(): Promise<void> {
  const runs = numericOption('runs', 'BENCH_RUNS', 3);
  const durationMs = numericOption('duration', 'BENCH_DURATION_MS', 10_000);
  const sizes = sizesOption([10, 1000, 10000]);
  printMachineFacts(`Hook throughput: flows A and B, ${CONNECTIONS} connections, ${durationMs / 1000} s after a 3 s warm-up, ${runs} run(s)`);
  const platform = await startFlowPlatform();
  const results = new Map<string, LoadResult[]>();
  try {
    for (let run = 1; run <= runs; run++) {
      for (const size of sizes) {
        const bodies = hookBodies(size, CONNECTIONS);
        for (const flow of FLOWS) {
          await platform.use(flow);
          platform.sink.reset();
          const r = await runLoad({ url: platform.api.url, path: HOOK_PATH, bodies, durationMs, pids: { server: platform.api.pid, others: [platform.sink.pid] } });
          const hits = await platform.sink.hits();
          const sinkNote = flow === 'A' ? `, webhook hits ${hits}/${r.answered}` : '';
          console.log(
            `run ${run} ${flow} ${String(size).padStart(5)} attrs: ${r.reqPerSec.toFixed(1)} req/s, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, ` +
              `${r.serverCpuMsPerReq.toFixed(3)} ms CPU/req (load generator ${r.clientCpuMsPerReq.toFixed(3)}), others used ${r.foreignPct.toFixed(0)} % of the CPUs; ${formatAnswers(r.answers)}${r.errors ? `, ${r.errors} errors` : ''}${sinkNote}`,
          );
          const key = `${flow}:${size}`;
          results.set(key, [...(results.get(key) ?? []), r]);
        }
      }
    }
  } finally {
    await platform.stop();
  }
  report(results, sizes);
}

function report(results: Map<string, LoadResult[]>, sizes: number[]): void {
  const rows: string[][] = [['flow', 'attrs', 'req/s', 'p50 ms', 'p99 ms', 'CPU ms/req', 'vs Nest+fastify', 'vs floor', 'others %']];
  for (const flow of FLOWS) {
    for (const size of sizes) {
      const rs = results.get(`${flow}:${size}`) ?? [];
      const rps = rs.map((r) => r.reqPerSec);
      const nest = NEST_FASTIFY[flow][size];
      const floor = FLOOR[flow][size];
      rows.push([
        flow,
        String(size),
        spread(rps, size >= 10000 ? 1 : 0),
        spread(rs.map((r) => r.p50)),
        spread(rs.map((r) => r.p99)),
        spread(rs.map((r) => r.serverCpuMsPerReq), 3),
        nest ? `${((100 * median(rps)) / nest.reqPerSec).toFixed(0)} %` : '–',
        floor ? `${((100 * median(rps)) / floor.reqPerSec).toFixed(0)} %` : '–',
        spread(rs.map((r) => r.foreignPct), 0),
      ]);
    }
  }
  console.log('');
  printTable(rows);

  console.log('\nTargets (performance.md §4):');
  const med = (flow: FlowName, size: number, pick: (r: LoadResult) => number) => {
    const rs = results.get(`${flow}:${size}`);
    return rs?.length ? median(rs.map(pick)) : undefined;
  };
  for (const flow of FLOWS) {
    const rps = med(flow, 10, (r) => r.reqPerSec);
    const p99 = med(flow, 10, (r) => r.p99);
    if (rps !== undefined && p99 !== undefined) {
      const want = SMALL_EVENT_TARGET[flow];
      console.log(`  §4.2 ${flow} at 10 attributes ≥ ${want} req/s: ${rps.toFixed(0)} → ${verdict(rps >= want, rps / want)}; p99 ≤ ${SMALL_EVENT_TARGET.p99Ms} ms: ${p99.toFixed(1)} → ${verdict(p99 <= SMALL_EVENT_TARGET.p99Ms, SMALL_EVENT_TARGET.p99Ms / p99)}`);
    }
    for (const size of [1000, 10000]) {
      const at = med(flow, size, (r) => r.reqPerSec);
      if (at !== undefined) {
        const want = 0.9 * FLOOR[flow][size].reqPerSec;
        console.log(`  §4.3 ${flow} at ${size} attributes ≥ 90 % of the floor (${want.toFixed(1)} req/s): ${at.toFixed(1)} → ${verdict(at >= want, at / want)}`);
      }
    }
    const cpu1k = med(flow, 1000, (r) => r.serverCpuMsPerReq);
    const cpu10k = med(flow, 10000, (r) => r.serverCpuMsPerReq);
    if (cpu1k !== undefined && cpu10k !== undefined) {
      const marginal = (cpu10k - cpu1k) / 9;
      const want = MARGINAL_TARGET_MS[flow];
      console.log(`  §4.3 ${flow} marginal CPU per 1,000 attributes ≤ ${want} ms: ${marginal.toFixed(2)} ms → ${verdict(marginal <= want, want / marginal)}`);
    }
  }
}

/** `met` or `not met`, with the measured/target ratio (above 1 = better than the target). */
function verdict(met: boolean, ratio: number): string {
  return `${met ? 'met' : 'NOT met'} (${(ratio * 100).toFixed(0)} % of target)`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
