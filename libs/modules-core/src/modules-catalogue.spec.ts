import { TRIGGER_IDS } from '@misp-wf/engine';
import { ModuleManifest, toManifest } from '@misp-wf/sdk';
import { DEFAULT_ENABLED_MODULE_IDS, DEFAULT_MODULES, LOGIC_MODULES } from './index';

/** MISP ids and versions of the built-in logic and action modules (§6.6, §6.7, §12.6). */
const MISP_VERSIONS: Record<string, string> = {
  'concurrent-task': '0.1.0',
  'count-if': '0.1.0',
  'distribution-if': '0.3.0',
  'generic-filter-data': '0.2.0',
  'generic-filter-reset': '0.1.0',
  'generic-if': '0.2.0',
  'organisation-if': '0.2.0',
  'published-if': '0.1.0',
  'tag-if': '0.4.0',
  'threat-level-if': '0.1.0',
  'stop-execution': '0.2.0',
  // Tag, enrichment and warninglist actions (TAG_ACTIONS).
  tag_operation: '0.2.0',
  tag_replacement_generic: '0.1.0',
  tag_replacement_tlp: '0.1.0',
  tag_replacement_pap: '0.1.0',
  assign_country: '0.2.0',
  'attach-enrichment': '0.3.0',
  'attach-warninglist': '0.2.0',
  // Attribute and event actions (ATTRIBUTE_EVENT_ACTIONS).
  attribute_ids_flag_operation: '0.1.0',
  Module_attribute_comment_operation: '0.1.0',
  Module_event_distribution_operation: '0.1.0',
  'publish-event': '0.1.0',
  'reload-full-event': '0.1.0',
  add_eventblocklist_entry: '0.1.0',
  // Notification and export actions (NOTIFICATION_ACTIONS).
  webhook: '0.7.0',
  'ms-teams-webhook': '0.5.0',
  'telegram-send-alert': '0.1.0',
  'splunk-hec-export': '0.2.0',
  'push-zmq': '0.2.0',
  'send-mail': '0.1.0',
};

describe('built-in module catalogue', () => {
  it.each(DEFAULT_MODULES.map((m) => [m.id, m] as const))('%s has a valid manifest', (_id, module) => {
    expect(() => ModuleManifest.parse(toManifest(module))).not.toThrow();
  });

  it('has unique ids, exactly the MISP ones', () => {
    const ids = DEFAULT_MODULES.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...TRIGGER_IDS, ...Object.keys(MISP_VERSIONS)].sort());
  });

  it.each(DEFAULT_MODULES.filter((m) => m.type !== 'trigger').map((m) => [m.id, m] as const))('%s has the MISP version', (id, module) => {
    expect(module.version).toBe(MISP_VERSIONS[id]);
  });

  it('IF modules read core format as MISP declares it', () => {
    const core = LOGIC_MODULES.filter((m) => m.expectMispCoreFormat === true).map((m) => m.id);
    expect(core.sort()).toEqual(['distribution-if', 'organisation-if', 'published-if', 'tag-if']);
  });

  it('enables by default the modules of enableDefaultModules (§2.6), no trigger', () => {
    expect([...DEFAULT_ENABLED_MODULE_IDS].sort()).toEqual(
      ['concurrent-task', 'distribution-if', 'generic-if', 'organisation-if', 'published-if', 'push-zmq', 'stop-execution', 'tag-if', 'webhook'].sort(),
    );
    const triggers = new Set<string>(TRIGGER_IDS);
    expect([...DEFAULT_ENABLED_MODULE_IDS].filter((id) => triggers.has(id))).toEqual([]);
  });
});
