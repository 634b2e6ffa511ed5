import { readdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join } from 'node:path';

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] };
type CpuProfile = { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] };

/** The `.cpuprofile` a `--cpu-prof --cpu-prof-dir=<dir>` process wrote (one process per directory). */
export function readProfile(dir: string): CpuProfile {
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no .cpuprofile in ${dir}`);
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
}

/** Monotonic clock in µs, the clock V8 stamps profiles with (CLOCK_MONOTONIC on Linux, shared by processes). */
export function monotonicMicros(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

/**
 * Share (%) of the busy samples taken after `fromMicros` whose stack holds a frame matching `frame`. Frames
 * of the bundled API are named by their original source through the bundle's source map
 * (`<function> <source path>`), others by `<function> <url>`.
 */
export function stackShare(profile: CpuProfile, bundle: string, frame: RegExp, fromMicros: number): number {
  const map = new SourceMap(JSON.parse(readFileSync(`${bundle}.map`, 'utf8')));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const matches = new Map<number, boolean>();
  const nodeMatches = (id: number): boolean => {
    const known = matches.get(id);
    if (known !== undefined) return known;
    const { callFrame } = byId.get(id) as ProfileNode;
    let name = `${callFrame.functionName} ${callFrame.url}`;
    if (callFrame.url.endsWith(bundle)) {
      const entry = map.findEntry(callFrame.lineNumber, callFrame.columnNumber);
      if ('originalSource' in entry) name = `${callFrame.functionName} ${entry.originalSource}`;
    }
    const own = frame.test(name);
    const up = parent.get(id);
    const result = own || (up !== undefined && nodeMatches(up));
    matches.set(id, result);
    return result;
  };
  let at = profile.startTime;
  let busy = 0;
  let hit = 0;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at < fromMicros || (byId.get(id) as ProfileNode).callFrame.functionName === '(idle)') return;
    const dt = profile.timeDeltas[i] ?? 0;
    busy += dt;
    if (nodeMatches(id)) hit += dt;
  });
  return busy ? (100 * hit) / busy : 0;
}
