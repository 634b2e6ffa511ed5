import type { SettingValue, SettingView } from '@misp-wf/contracts';

export type SettingGroup = { title: string; settings: SettingView[] };
export type DraftValues = Record<string, string | boolean>;

// Shown in this order; a setting goes to the first group whose `match` accepts it (triggers are
// tested before the general workflow prefix they share).
const GROUPS: { title: string; match: (name: string) => boolean }[] = [
  { title: 'Workflows', match: (n) => n.startsWith('Plugin.Workflow_') && !n.startsWith('Plugin.Workflow_triggers_') },
  { title: 'Triggers', match: (n) => n.startsWith('Plugin.Workflow_triggers_') },
  { title: 'Action services (misp-modules)', match: (n) => n.startsWith('Plugin.Action_') },
  { title: 'MISP instance', match: (n) => n.startsWith('MISP.') },
  { title: 'Security', match: () => true },
];

/** Splits settings into the sections of the Settings page, keeping the API's order inside each. */
export function groupSettings(settings: SettingView[]): SettingGroup[] {
  const groups = GROUPS.map((g) => ({ title: g.title, settings: [] as SettingView[] }));
  for (const s of settings) {
    const index = GROUPS.findIndex((g) => g.match(s.name));
    groups[index].settings.push(s);
  }
  return groups.filter((g) => g.settings.length > 0);
}

/** Form state is strings/booleans as inputs hold them; secrets start empty (write-only). */
export function initialDraft(settings: SettingView[]): DraftValues {
  const draft: DraftValues = {};
  for (const s of settings) {
    if (s.type === 'boolean') draft[s.name] = s.value === true;
    else draft[s.name] = s.sensitive || s.value === null ? '' : String(s.value);
  }
  return draft;
}

/**
 * The PATCH body: only fields the user changed. Numbers are sent as typed text so the API, not the
 * browser, decides what is valid and reports it in place. An empty secret field means "keep".
 */
export function changedValues(settings: SettingView[], draft: DraftValues): Record<string, SettingValue> {
  const initial = initialDraft(settings);
  const out: Record<string, SettingValue> = {};
  for (const s of settings) {
    const value = draft[s.name];
    if (value === undefined || value === initial[s.name]) continue;
    if (s.sensitive && value === '') continue;
    out[s.name] = s.type === 'numeric' && typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)) ? Number(value) : value;
  }
  return out;
}

/** Maps the API's `validation_failed` details (`[{name, message}]`) to per-field messages. */
export function fieldErrors(details: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!Array.isArray(details)) return out;
  for (const d of details) {
    if (typeof d === 'object' && d !== null && 'name' in d && 'message' in d) {
      out[String(d.name)] = String(d.message);
    }
  }
  return out;
}

/** `Plugin.Workflow_triggers_event-publish` → `event-publish`; other names lose their prefix. */
export function settingLabel(name: string): string {
  if (name.startsWith('Plugin.Workflow_triggers_')) return name.slice('Plugin.Workflow_triggers_'.length);
  return name;
}
