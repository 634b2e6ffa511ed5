import { applyFilters } from '../filters/apply-filters';
import { phpEmpty } from '../php';
import type { RoamingRecord } from './run.types';

/**
 * MISP's `WorkflowRoamingData` (spec §3.8): one shared object for the whole walk. The filtered view is
 * computed once per change rather than on every `getData()` call, and nothing is ever deep-copied: modules
 * hand back new objects through `setData`.
 */
export class RoamingData {
  private view: RoamingRecord | null = null;

  constructor(private data: RoamingRecord) {}

  getData(): RoamingRecord {
    if (phpEmpty(this.data['enabledFilters'])) return this.data;
    this.view ??= applyFilters(this.data);
    return this.view;
  }

  setData(data: RoamingRecord): void {
    this.data = data;
    this.view = null;
  }

  /** The stored data, unfiltered (what the run returns and what the API records). */
  stored(): RoamingRecord {
    return this.data;
  }
}
