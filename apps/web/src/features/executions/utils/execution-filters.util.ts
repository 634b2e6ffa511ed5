import { positiveInt } from '../../../components/ui/pagination.util';
import type { ExecutionSummary, Outcome } from '../types/execution.types';

export const OUTCOMES: readonly Outcome[] = ['success', 'blocked', 'failure'];
export const EXECUTIONS_PAGE_SIZE = 25;

/** Relative ranges are kept as names, and turned into times when the page is fetched (a refetch moves them). */
export const RANGE_PRESETS = [
  { id: '1h', label: 'Last hour', ms: 3_600_000 },
  { id: '24h', label: 'Last 24 hours', ms: 86_400_000 },
  { id: '7d', label: 'Last 7 days', ms: 7 * 86_400_000 },
  { id: '30d', label: 'Last 30 days', ms: 30 * 86_400_000 },
] as const;

export type RangeChoice = '' | (typeof RANGE_PRESETS)[number]['id'] | 'custom';

export type ExecutionFilters = {
  page: number;
  workflow_id: string;
  trigger_id: string;
  outcome: '' | Outcome;
  range: RangeChoice;
  /** `datetime-local` values (browser local time), used when `range` is `custom`. */
  from: string;
  to: string;
};

type ParamReader = { get(name: string): string | null };

export function readExecutionFilters(params: ParamReader): ExecutionFilters {
  const outcome = OUTCOMES.find((o) => o === params.get('outcome')) ?? '';
  const rangeParam = params.get('range') ?? '';
  const range: RangeChoice = rangeParam === 'custom' ? 'custom' : (RANGE_PRESETS.find((p) => p.id === rangeParam)?.id ?? '');
  return {
    page: positiveInt(params.get('page')) ?? 1,
    workflow_id: params.get('workflow_id') ?? '',
    trigger_id: params.get('trigger_id') ?? '',
    outcome,
    range,
    from: range === 'custom' ? (params.get('from') ?? '') : '',
    to: range === 'custom' ? (params.get('to') ?? '') : '',
  };
}

export function executionFiltersToSearch(filters: ExecutionFilters): string {
  const search = new URLSearchParams();
  if (filters.workflow_id) search.set('workflow_id', filters.workflow_id);
  if (filters.trigger_id) search.set('trigger_id', filters.trigger_id);
  if (filters.outcome) search.set('outcome', filters.outcome);
  if (filters.range) search.set('range', filters.range);
  if (filters.range === 'custom' && filters.from) search.set('from', filters.from);
  if (filters.range === 'custom' && filters.to) search.set('to', filters.to);
  if (filters.page > 1) search.set('page', String(filters.page));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export type TimeRange = { from?: string; to?: string };

/** The time range as ISO instants for the API; empty or unparsable bounds are left open. */
export function resolveRange(filters: Pick<ExecutionFilters, 'range' | 'from' | 'to'>, now: number): TimeRange {
  const preset = RANGE_PRESETS.find((p) => p.id === filters.range);
  if (preset) return { from: new Date(now - preset.ms).toISOString() };
  if (filters.range !== 'custom') return {};
  const range: TimeRange = {};
  const from = filters.from ? new Date(filters.from) : null;
  const to = filters.to ? new Date(filters.to) : null;
  if (from && !Number.isNaN(from.getTime())) range.from = from.toISOString();
  if (to && !Number.isNaN(to.getTime())) range.to = to.toISOString();
  return range;
}

/** Rows of a page that fall outside the range: an API that ignores `from`/`to` is caught instead of trusted. */
export function rowsOutsideRange(rows: ExecutionSummary[], range: TimeRange): Set<string> {
  const from = range.from ? Date.parse(range.from) : -Infinity;
  const to = range.to ? Date.parse(range.to) : Infinity;
  const outside = new Set<string>();
  for (const row of rows) {
    const at = Date.parse(row.started_at);
    if (at < from || at > to) outside.add(row.id);
  }
  return outside;
}
