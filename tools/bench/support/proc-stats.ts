import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

let ticksPerSecond: number | undefined;

/** Clock ticks per second of the times in /proc (USER_HZ, 100 on every common Linux). */
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** A `kB` line of /proc/<pid>/status (VmRSS = resident now, VmHWM = peak resident since start), in MB. */
export function statusMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : 0;
}

/** User + system CPU time a process has used (all its threads), in ms; 0 once it is gone. */
export function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may contain spaces, start at state (field 3).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks();
  } catch {
    return 0;
  }
}

/** CPU time every process of the machine has used (all cores, non-idle), in ms. */
export function machineBusyMs(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
  const [user, nice, system, , , irq, softirq, steal] = line.split(/\s+/).slice(1).map(Number);
  return ((user + nice + system + irq + softirq + steal) * 1000) / clockTicks();
}

/**
 * Measures a window: CPU of our processes, and how much of the machine the others used meanwhile (other
 * helpers, builds), as a share of all cores. A noisy window is visible instead of silently slower.
 */
export function cpuWindow(pids: { server: number; others: readonly number[] }): () => { serverCpuMs: number; selfCpuMs: number; foreignPct: number; elapsedMs: number } {
  const start = { wall: performance.now(), busy: machineBusyMs(), server: processCpuMs(pids.server), ours: sumCpu(pids.others), self: selfCpuMs() };
  return () => {
    const elapsedMs = performance.now() - start.wall;
    const serverCpuMs = processCpuMs(pids.server) - start.server;
    const self = selfCpuMs() - start.self;
    const oursMs = serverCpuMs + (sumCpu(pids.others) - start.ours) + self;
    const foreignMs = Math.max(0, machineBusyMs() - start.busy - oursMs);
    return { serverCpuMs, selfCpuMs: self, foreignPct: (100 * foreignMs) / (elapsedMs * cpus().length), elapsedMs };
  };
}

function sumCpu(pids: readonly number[]): number {
  return pids.reduce((sum, pid) => sum + processCpuMs(pid), 0);
}

function selfCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}
