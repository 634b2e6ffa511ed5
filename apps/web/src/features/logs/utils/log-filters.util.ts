import { positiveInt } from '../../../components/ui/pagination.util';

export const LOG_PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_LOG_PAGE_SIZE = 50;

export type LogFilters = { page: number; limit: number; model: string; action: string; model_id: string };

/** The values the engine writes (spec §8.1), offered as suggestions; any text is accepted. */
export const KNOWN_LOG_MODELS = ['Workflow'];
export const KNOWN_LOG_ACTIONS = ['execute_workflow', 'load_module', 'exec_module'];

type ParamReader = { get(name: string): string | null };

/** Filters from the address bar, so a filtered page can be reloaded, bookmarked or shared. Junk falls back to defaults. */
export function readLogFilters(params: ParamReader): LogFilters {
  const limit = Number(params.get('limit'));
  return {
    page: positiveInt(params.get('page')) ?? 1,
    limit: LOG_PAGE_SIZES.some((size) => size === limit) ? limit : DEFAULT_LOG_PAGE_SIZE,
    model: (params.get('model') ?? '').trim(),
    action: (params.get('action') ?? '').trim(),
    model_id: (params.get('model_id') ?? '').trim(),
  };
}

/** The address-bar form of the filters: defaults left out. */
export function logFiltersToSearch(filters: LogFilters): string {
  const search = new URLSearchParams();
  if (filters.model) search.set('model', filters.model);
  if (filters.action) search.set('action', filters.action);
  if (filters.model_id) search.set('model_id', filters.model_id);
  if (filters.limit !== DEFAULT_LOG_PAGE_SIZE) search.set('limit', String(filters.limit));
  if (filters.page > 1) search.set('page', String(filters.page));
  const text = search.toString();
  return text ? `?${text}` : '';
}
