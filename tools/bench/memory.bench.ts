/**
 * Resident memory of the real built API (performance anchors §4.5; figures in docs/performance.md), run
 * with
 * `npm run bench:memory [-- --runs 3 --duration 10000]`. Per run, a fresh process: idle RSS (VmRSS) 5 s
 * and 30 s after boot and set-up (one workflow, the 4 flow checks; V8 gives the boot garbage back to the
 * system after some idle seconds, so the two differ), then flows B and A on 10,000-attribute events at 10
 * concurrent connections; peak = VmHWM (the kernel's high-water mark of the resident set), plus the
 * highest VmRSS sampled every 50 ms in each flow's window.
 */
import { MEMORY_TARGET_MB } from './support/baseline';
import { hookBodies } from './support/events';
import { HOOK_PATH, startFlowPlatform } from './support/flow-platform';
import type { FlowName } from './support/graphs';
import { CONNECTIONS, formatAnswers, runLoad } from './support/load';
import { numericOption, printMachineFacts, printTable } from './support/machine';
import { statusMb } from './support/proc-stats';
import { median, spread } from './support/stats';

const ATTRIBUTES = 10_000;
type MemoryRun = { boot: number; idle: number; peakB: number; peakA: number; hwm: number };

async function measure(durationMs: number, bodies: Buffer[]): Promise<MemoryRun> {
  const platform = await startFlowPlatform();
  try {
    const pid = platform.api.pid;
    await new Promise((r) => setTimeout(r, 5_000));
    const boot = statusMb(pid, 'VmRSS');
    await new Promise((r) => setTimeout(r, 25_000));
    const idle = statusMb(pid, 'VmRSS');
    const peaks: Record<FlowName, number> = { A: 0, B: 0 };
    for (const flow of ['B', 'A'] as FlowName[]) {
      await platform.use(flow);
      let peak = 0;
      const sampler = setInterval(() => (peak = Math.max(peak, statusMb(pid, 'VmRSS'))), 50);
      const r = await runLoad({ url: platform.api.url, path: HOOK_PATH, bodies, durationMs, pids: { server: pid, others: [platform.sink.pid] } });
      clearInterval(sampler);
      peaks[flow] = peak;
      console.log(`  flow ${flow}: ${r.reqPerSec.toFixed(1)} req/s, p99 ${r.p99.toFixed(0)} ms, highest sampled VmRSS ${peak.toFixed(0)} MB; ${formatAnswers(r.answers)}`);
    }
    return { boot, idle, peakB: peaks.B, peakA: peaks.A, hwm: statusMb(pid, 'VmHWM') };
  } finally {
    await platform.stop();
  }
}

async function main(): Promise<void> {
  const runs = numericOption('runs', 'BENCH_RUNS', 3);
  const durationMs = numericOption('duration', 'BENCH_DURATION_MS', 10_000);
  printMachineFacts(`Memory: idle RSS after boot, peak RSS under ${CONNECTIONS} concurrent ${ATTRIBUTES}-attribute events (event-publish, blocking), ${runs} run(s)`);
  const bodies = hookBodies(ATTRIBUTES, CONNECTIONS);
  const results: MemoryRun[] = [];
  for (let run = 1; run <= runs; run++) {
    console.log(`run ${run}:`);
    const m = await measure(durationMs, bodies);
    console.log(`  RSS 5 s after boot ${m.boot.toFixed(0)} MB, idle (30 s) ${m.idle.toFixed(0)} MB, peak (VmHWM) ${m.hwm.toFixed(0)} MB`);
    results.push(m);
  }
  console.log('');
  printTable([
    ['', 'MB'],
    ['RSS 5 s after boot', spread(results.map((m) => m.boot), 0)],
    ['idle RSS (30 s after boot)', spread(results.map((m) => m.idle), 0)],
    ['highest sampled RSS, flow B', spread(results.map((m) => m.peakB), 0)],
    ['highest sampled RSS, flow A', spread(results.map((m) => m.peakA), 0)],
    ['peak RSS (VmHWM)', spread(results.map((m) => m.hwm), 0)],
  ]);
  const idle = median(results.map((m) => m.idle));
  const peak = median(results.map((m) => m.hwm));
  console.log('\nTargets (performance.md §4.5):');
  console.log(`  idle RSS (30 s after boot) ≤ ${MEMORY_TARGET_MB.idle} MB: ${idle.toFixed(0)} MB → ${idle <= MEMORY_TARGET_MB.idle ? 'met' : 'NOT met'}`);
  console.log(`  peak RSS under load ≤ 1.3 × the floor's ~330 MB = ${MEMORY_TARGET_MB.peak.toFixed(0)} MB: ${peak.toFixed(0)} MB → ${peak <= MEMORY_TARGET_MB.peak ? 'met' : 'NOT met'}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
