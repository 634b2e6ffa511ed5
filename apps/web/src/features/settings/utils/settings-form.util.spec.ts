import type { SettingView } from '@misp-wf/contracts';
import { changedValues, fieldErrors, groupSettings, initialDraft, settingLabel } from './settings-form.util';

const view = (over: Partial<SettingView> & Pick<SettingView, 'name' | 'type'>): SettingView => ({
  default: null,
  value: null,
  description: '',
  sensitive: false,
  is_set: false,
  origin: 'misp',
  ...over,
});

const settings: SettingView[] = [
  view({ name: 'Plugin.Workflow_enable', type: 'boolean', value: false }),
  view({ name: 'Plugin.Workflow_triggers_event-publish', type: 'boolean', value: true }),
  view({ name: 'Plugin.Action_timeout', type: 'numeric', value: 10 }),
  view({ name: 'MISP.api_key', type: 'string', sensitive: true, is_set: true }),
  view({ name: 'Security.rest_client_enable_arbitrary_urls', type: 'boolean', value: false }),
];

describe('settings form utils', () => {
  it('groups settings by section', () => {
    expect(groupSettings(settings).map((g) => [g.title, g.settings.length])).toEqual([
      ['Workflows', 1],
      ['Triggers', 1],
      ['Action services (misp-modules)', 1],
      ['MISP instance', 1],
      ['Security', 1],
    ]);
  });

  it('sends only changed fields, numbers typed, empty secrets kept', () => {
    const draft = { ...initialDraft(settings), 'Plugin.Workflow_enable': true, 'Plugin.Action_timeout': '25' };
    expect(changedValues(settings, draft)).toEqual({ 'Plugin.Workflow_enable': true, 'Plugin.Action_timeout': 25 });
  });

  it('sends a new secret and passes non-numeric text through for the API to reject', () => {
    const draft = { ...initialDraft(settings), 'MISP.api_key': 'new', 'Plugin.Action_timeout': 'ten' };
    expect(changedValues(settings, draft)).toEqual({ 'MISP.api_key': 'new', 'Plugin.Action_timeout': 'ten' });
  });

  it('maps validation details to fields and ignores junk', () => {
    expect(fieldErrors([{ name: 'Plugin.Action_timeout', message: 'must be at least 1' }, 3])).toEqual({
      'Plugin.Action_timeout': 'must be at least 1',
    });
    expect(fieldErrors(undefined)).toEqual({});
  });

  it('labels trigger switches by trigger id', () => {
    expect(settingLabel('Plugin.Workflow_triggers_event-publish')).toBe('event-publish');
    expect(settingLabel('MISP.url')).toBe('MISP.url');
  });
});
