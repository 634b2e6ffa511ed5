import type { ModuleParam, ModuleView } from '../types/api.types';

/** A `GET /modules` entry with defaults, for tests. */
export function moduleView(overrides: Partial<ModuleView> & Pick<ModuleView, 'id' | 'module_type'>): ModuleView {
  const type = overrides.module_type;
  return {
    version: '0.1.0',
    sdk_version: '0.1.0',
    name: overrides.id,
    description: '',
    icon: '',
    blocking: false,
    support_filters: false,
    expect_misp_core_format: false,
    multiple_output_connection: false,
    inputs: type === 'trigger' ? 0 : 1,
    outputs: type === 'logic' ? 2 : 1,
    params: [],
    source: 'default',
    enabled: true,
    error: null,
    origin: null,
    ...overrides,
    // As the API derives them from the source.
    is_custom: overrides.source === 'custom',
    is_misp_module: overrides.source === 'misp-module',
  };
}

export function param(overrides: Partial<ModuleParam> & Pick<ModuleParam, 'id' | 'type'>): ModuleParam {
  return { label: overrides.id, required: false, jinja_supported: false, ...overrides };
}

export const EVENT_PUBLISH = moduleView({ id: 'event-publish', module_type: 'trigger', name: 'Event Publish', blocking: true, expect_misp_core_format: true });
export const ENRICHMENT_BEFORE_QUERY = moduleView({ id: 'enrichment-before-query', module_type: 'trigger', name: 'Enrichment Before Query', blocking: true });
export const EVENT_AFTER_SAVE = moduleView({ id: 'event-after-save', module_type: 'trigger', name: 'Event After Save' });
export const TAG_IF = moduleView({
  id: 'tag-if',
  module_type: 'logic',
  name: 'IF :: Tag',
  expect_misp_core_format: true,
  params: [
    param({ id: 'scope', type: 'select', default: 'event', options: [{ value: 'event', label: 'Event' }, { value: 'attribute', label: 'Attribute' }, { value: 'event_attribute', label: 'Inherited Attribute' }] }),
    param({ id: 'condition', type: 'select', default: 'in_or', options: [{ value: 'in_or', label: 'Is tagged with any (OR)' }, { value: 'in_and', label: 'Is tagged with all (AND)' }] }),
    param({ id: 'tags', type: 'picker', label: 'Tags', multiple: true, options_source: 'tags' }),
  ],
});
export const STOP_EXECUTION = moduleView({
  id: 'stop-execution',
  module_type: 'action',
  name: 'Stop execution',
  blocking: true,
  outputs: 0,
  params: [param({ id: 'message', type: 'input', label: 'Stop message', default: 'Execution stopped', jinja_supported: true })],
});
export const CONCURRENT_TASK = moduleView({ id: 'concurrent-task', module_type: 'logic', name: 'Concurrent Task', outputs: 1, multiple_output_connection: true });
export const WEBHOOK = moduleView({ id: 'webhook', module_type: 'action', name: 'Webhook', source: 'custom', support_filters: true });
export const MISP_MODULE = moduleView({ id: 'mattermost', module_type: 'action', name: 'Mattermost', source: 'misp-module' });

export const ALL_MODULES: ModuleView[] = [EVENT_PUBLISH, ENRICHMENT_BEFORE_QUERY, EVENT_AFTER_SAVE, TAG_IF, STOP_EXECUTION, CONCURRENT_TASK, WEBHOOK, MISP_MODULE];
