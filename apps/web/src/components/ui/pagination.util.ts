/** Number of pages for `total` rows; an empty list still has one (empty) page. */
export function pageCount(total: number, limit: number): number {
  if (limit <= 0) return 1;
  return Math.max(1, Math.ceil(total / limit));
}

/** `51–100 of 230` for page 2 of 50; `0 of 0` when empty. Rows past the end are not counted. */
export function rangeText(page: number, limit: number, total: number): string {
  if (total <= 0) return '0 of 0';
  const first = Math.min((page - 1) * limit + 1, total);
  const last = Math.min(page * limit, total);
  return `${first}–${last} of ${total}`;
}

/** A page number (or other count) from the address bar: a positive integer, else `null`. */
export function positiveInt(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n >= 1 && Number.isSafeInteger(n) ? n : null;
}
