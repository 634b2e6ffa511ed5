import { cpus, loadavg, totalmem } from 'node:os';

/** What a figure depends on: printed by every bench so a table is never read without its machine. */
export function printMachineFacts(title: string): void {
  const cpu = cpus();
  console.log(`\n${title}`);
  console.log(`machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, ${process.platform}`);
  console.log(`load average at start: ${loadavg().map((l) => l.toFixed(2)).join(' ')}  (${new Date().toISOString()})`);
}

/** A plain text table: the first row is the header, columns padded to their widest cell. */
export function printTable(rows: readonly (readonly string[])[]): void {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(line(rows[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows.slice(1)) console.log(line(r));
}

/** `--runs 3` / `--runs=3` style numeric option, else the environment variable, else the default. */
export function numericOption(name: string, envName: string, fallback: number): number {
  const argv = process.argv;
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  const raw = i < 0 ? process.env[envName] : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  const value = Number(raw);
  return raw !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** `--sizes 10,1000` style list of attribute counts. */
export function sizesOption(fallback: readonly number[]): number[] {
  const argv = process.argv;
  const i = argv.findIndex((a) => a === '--sizes' || a.startsWith('--sizes='));
  const raw = i < 0 ? process.env['BENCH_SIZES'] : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  const sizes = (raw ?? '').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  return sizes.length ? sizes : [...fallback];
}
