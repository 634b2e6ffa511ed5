/** Nearest-rank percentile of already sorted values (0 when empty). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function median(values: readonly number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}

/** `median (min–max)` of repeated runs, the way docs/performance.md reports them. */
export function spread(values: readonly number[], digits = 1): string {
  if (values.length === 0) return '–';
  const sorted = [...values].sort((a, b) => a - b);
  const fmt = (n: number) => n.toFixed(digits);
  if (sorted.length === 1) return fmt(sorted[0]);
  return `${fmt(median(sorted))} (${fmt(sorted[0])}–${fmt(sorted[sorted.length - 1])})`;
}
