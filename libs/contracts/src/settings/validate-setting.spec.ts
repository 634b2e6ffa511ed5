import { findSettingDefinition, SETTING_DEFINITIONS } from './setting-definitions';
import { validateSettingValue } from './validate-setting';
import { MISP_TRIGGER_IDS } from '../triggers/trigger-ids';

function def(name: string) {
  const d = findSettingDefinition(name);
  if (!d) throw new Error(`no setting ${name}`);
  return d;
}

describe('setting definitions', () => {
  it('declare one enable switch per MISP trigger and unique names', () => {
    const names = SETTING_DEFINITIONS.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    for (const id of MISP_TRIGGER_IDS) expect(names).toContain(`Plugin.Workflow_triggers_${id}`);
    expect(MISP_TRIGGER_IDS).toHaveLength(17);
  });

  it("keep MISP's defaults", () => {
    expect(def('Plugin.Workflow_enable').default).toBe(false);
    expect(def('Plugin.Workflow_debug_url').default).toBe('http://127.0.0.1:27051');
    expect(def('Plugin.Action_services_port').default).toBe(6666);
    expect(def('Plugin.Action_timeout').default).toBe(10);
    expect(def('MISP.api_key').sensitive).toBe(true);
  });
});

describe('validateSettingValue', () => {
  it.each([
    ['Plugin.Workflow_enable', true, true],
    ['Plugin.Workflow_enable', false, false],
    ['Plugin.Action_services_port', '6666', 6666],
    ['Plugin.Action_services_port', 8080, 8080],
    ['Plugin.Workflow_debug_url', 'https://debug.example:8443/x', 'https://debug.example:8443/x'],
    ['MISP.url', '', ''],
  ])('%s accepts %p as %p', (name, input, stored) => {
    expect(validateSettingValue(def(name), input)).toEqual({ ok: true, value: stored });
  });

  it.each([
    ['Plugin.Workflow_enable', 'yes', 'must be true or false'],
    ['Plugin.Workflow_enable', 1, 'must be true or false'],
    ['Plugin.Action_services_port', 'abc', 'must be a number'],
    ['Plugin.Action_services_port', 70000, 'must be at most 65535'],
    ['Plugin.Action_timeout', 0, 'must be at least 1'],
    ['Plugin.Workflow_debug_url', 'ftp://x', 'must be an http(s) URL'],
    ['Plugin.Workflow_debug_url', '', 'must be an http(s) URL'],
    ['MISP.api_key', 42, 'must be a string'],
  ])('%s rejects %p', (name, input, message) => {
    expect(validateSettingValue(def(name), input)).toEqual({ ok: false, message });
  });
});
