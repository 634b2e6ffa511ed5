import type { MispEvent, MispSimulator, MispTag } from './misp-simulator.types';
import {
  ATTRIBUTE_UUID,
  call,
  EVENT_UUID,
  OBJECT_ATTRIBUTE_UUID,
  startSimulator,
  type ErrorBody,
  type SaveBody,
} from './misp-simulator.test-helper';

const ATTACH = '/tags/attachTagToObject';
const REMOVE = '/tags/removeTagFromObject';

describe('MISP simulator tag attach/detach', () => {
  let sim: MispSimulator;
  beforeEach(async () => {
    sim = await startSimulator();
    sim.state.events[0].published = true;
  });
  afterEach(() => sim.close());

  it('attaches a new global tag to an event, creating it and unpublishing the event', async () => {
    const res = await call<SaveBody>(sim, 'POST', ATTACH, {
      uuid: EVENT_UUID,
      tag: 'tlp:clear',
      local: false,
    });
    expect(res.body).toEqual({
      saved: true,
      success: true,
      name: 'Global tag tlp:clear(2) successfully attached to Event(1).',
      message: 'Global tag tlp:clear(2) successfully attached to Event(1).',
      url: ATTACH,
    });
    expect(sim.state.events[0].Tag.map((t) => t.name)).toEqual([
      'tlp:amber',
      'tlp:clear',
    ]);
    expect(sim.state.events[0].published).toBe(false);
    const index = await call<{ Tag: MispTag[] }>(sim, 'GET', '/tags/index');
    expect(index.body.Tag.map((t) => t.name)).toContain('tlp:clear');
  });

  it('reports an already attached tag as success without changes', async () => {
    const res = await call<SaveBody>(sim, 'POST', ATTACH, {
      uuid: EVENT_UUID,
      tag: 'TLP:AMBER',
    });
    expect(res.body.message).toBe(
      'Event already has the requested tag attached, no changes had to be made for tag tlp:amber.',
    );
    expect(sim.state.events[0].Tag).toHaveLength(1);
    expect(sim.state.events[0].published).toBe(true);
  });

  it('attaches a local tag to an attribute by uuid without unpublishing', async () => {
    const res = await call<SaveBody>(sim, 'POST', ATTACH, {
      uuid: ATTRIBUTE_UUID,
      tag: 'workflow:processed',
      local: 1,
      relationship_type: 'x',
    });
    expect(res.body.message).toBe(
      'Local tag workflow:processed(2) successfully attached to Attribute(1).',
    );
    expect(sim.state.events[0].Attribute[0].Tag[0]).toMatchObject({
      name: 'workflow:processed',
      local: true,
      relationship_type: 'x',
    });
    expect(sim.state.events[0].published).toBe(true);
  });

  it('attaches several tags (by id and name) to an object attribute', async () => {
    const res = await call<SaveBody>(sim, 'POST', ATTACH, {
      uuid: OBJECT_ATTRIBUTE_UUID,
      tag: ['1', 'malware'],
    });
    expect(res.body.message).toBe(
      'Successfully attached 2 tags to Attribute (5)',
    );
    expect(
      sim.state.events[0].Object[0].Attribute[1].Tag.map((t) => t.name),
    ).toEqual(['tlp:amber', 'malware']);
  });

  it('derives the event Galaxy list from an attached cluster tag', async () => {
    await call<SaveBody>(sim, 'POST', ATTACH, {
      uuid: EVENT_UUID,
      tag: 'misp-galaxy:threat-actor="Sofacy"',
    });
    const view = await call<{ Event: MispEvent }>(sim, 'GET', '/events/view/1');
    expect(view.body.Event.Galaxy[0]).toMatchObject({
      type: 'threat-actor',
      GalaxyCluster: [{ value: 'Sofacy' }],
    });
  });

  it('fails with saveFailResponse for an unknown tag id', async () => {
    const res = await call<SaveBody>(sim, 'POST', ATTACH, {
      uuid: EVENT_UUID,
      tag: 999,
    });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({
      saved: false,
      name: 'Could not attachTagToObject Tag',
      message: 'Could not attachTagToObject Tag',
      url: ATTACH,
      errors: 'Failed to attach 1 tags. Reasons: {"0":"Invalid Tag."}',
    });
  });

  it('answers 404 for an unknown target and 405 for missing uuid or tag', async () => {
    const unknown = await call<ErrorBody>(sim, 'POST', ATTACH, {
      uuid: '00000000-0000-4000-8000-000000000000',
      tag: 'x',
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({
      name: 'Invalid Target.',
      message: 'Invalid Target.',
      url: ATTACH,
    });
    expect(
      (await call<ErrorBody>(sim, 'POST', ATTACH, { tag: 'x' })).status,
    ).toBe(405);
    expect(
      (await call<ErrorBody>(sim, 'POST', ATTACH, { uuid: EVENT_UUID })).body
        .message,
    ).toBe('Invalid tag');
    expect(
      (
        await call<ErrorBody>(sim, 'POST', ATTACH, {
          uuid: 'not-a-uuid',
          tag: 'x',
        })
      ).status,
    ).toBe(500);
  });

  it('removes a global tag from an event and unpublishes it', async () => {
    const res = await call<SaveBody>(sim, 'POST', REMOVE, {
      uuid: EVENT_UUID,
      tag: 'tlp:amber',
    });
    expect(res.body).toMatchObject({ saved: true, success: true, url: REMOVE });
    expect(res.body.message).toBe(
      'Global tag tlp:amber (1) successfully removed from Event(1).',
    );
    expect(sim.state.events[0].Tag).toEqual([]);
    expect(sim.state.events[0].published).toBe(false);
  });

  it('removes a tag from an attribute by tag id', async () => {
    await call<SaveBody>(sim, 'POST', ATTACH, {
      uuid: ATTRIBUTE_UUID,
      tag: 'tlp:amber',
    });
    const res = await call<SaveBody>(sim, 'POST', REMOVE, {
      uuid: ATTRIBUTE_UUID,
      tag: '1',
    });
    expect(res.body.message).toBe(
      'Global tag tlp:amber (1) successfully removed from Attribute(1).',
    );
    expect(sim.state.events[0].Attribute[0].Tag).toEqual([]);
  });

  it('answers 404 for a tag not attached and 405 for an unknown tag', async () => {
    const notAttached = await call<ErrorBody>(sim, 'POST', REMOVE, {
      uuid: ATTRIBUTE_UUID,
      tag: 'tlp:amber',
    });
    expect(notAttached.status).toBe(404);
    expect(notAttached.body.message).toBe(
      'Could not remove tag as it is not attached to the target Attribute',
    );
    const unknownTag = await call<ErrorBody>(sim, 'POST', REMOVE, {
      uuid: EVENT_UUID,
      tag: 'nope',
    });
    expect(unknownTag.status).toBe(405);
    expect(unknownTag.body.message).toBe('Invalid Tag.');
  });
});
