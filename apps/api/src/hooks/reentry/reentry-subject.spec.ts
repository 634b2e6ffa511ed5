import { reentryKey } from './reentry-subject';

describe('reentryKey', () => {
  it('keys event-level triggers by the event uuid, in raw and core format alike', () => {
    const raw = { Event: { id: '12', uuid: 'e-uuid' }, Attribute: [], Object: [] };
    expect(reentryKey('event-publish', raw)).toBe('event-publish:e-uuid');
    expect(reentryKey('event-after-save', { Event: { id: '12', uuid: 'e-uuid', _AttributeFlattened: [] } })).toBe('event-after-save:e-uuid');
    // A new event's before-save data may have no uuid yet: its id, then nothing.
    expect(reentryKey('event-before-save', { Event: { id: 7 } })).toBe('event-before-save:7');
    expect(reentryKey('event-before-save', { Event: { info: 'new' } })).toBeNull();
  });

  it('keys attribute-level triggers by the attribute, so saves of other attributes of the event are not echoes', () => {
    const a1 = { Attribute: { id: '1', uuid: 'a-1', event_id: '12' }, Event: { id: '12', uuid: 'e' } };
    const a2 = { Attribute: { id: '2', uuid: 'a-2', event_id: '12' }, Event: { id: '12', uuid: 'e' } };
    expect(reentryKey('attribute-after-save', a1)).toBe('attribute-after-save:a-1');
    expect(reentryKey('attribute-after-save', a2)).not.toBe(reentryKey('attribute-after-save', a1));
    // The core format a queued branch carries: the attribute inside the event.
    expect(reentryKey('attribute-after-save', { Event: { uuid: 'e', _AttributeFlattened: [{ uuid: 'a-1' }] } })).toBe('attribute-after-save:a-1');
    expect(reentryKey('sighting-after-save', { Sighting: { id: '5', Attribute: { uuid: 'a-1' } } })).toBe('sighting-after-save:a-1');
  });

  it('keys tag attachments by the tagged attribute or event', () => {
    expect(reentryKey('tag-attached-after-save', { Tag: { name: 'tlp:red', event_id: '12', attribute_id: '5' } })).toBe('tag-attached-after-save:attribute:5');
    expect(reentryKey('tag-attached-after-save', { Tag: { name: 'tlp:red', event_id: '12' } })).toBe('tag-attached-after-save:event:12');
  });

  it('keys log entries by the row they are about, and users by id', () => {
    expect(reentryKey('log-after-save', { Log: { id: '900', model: 'Event', model_id: '12', action: 'edit' } })).toBe('log-after-save:Event:12');
    expect(reentryKey('log-after-save', { Log: { id: '900' } })).toBeNull();
    expect(reentryKey('user-before-save', { id: '3', email: 'a@b' })).toBe('user-before-save:3');
  });

  it('never throws on odd data', () => {
    for (const data of [null, 1, 'x', [], { Event: null }, { Event: { uuid: '' } }, { Attribute: { uuid: {} } }]) {
      expect(() => reentryKey('attribute-after-save', data)).not.toThrow();
    }
    expect(reentryKey('event-publish', { Event: { uuid: '' } })).toBeNull();
  });
});
