import type { MispEvent, MispSimulator } from './misp-simulator.types';
import {
  call,
  EVENT_UUID,
  startSimulator,
  type ErrorBody,
  type SaveBody,
} from './misp-simulator.test-helper';

type EventReply = { Event: MispEvent };
type PublishBody = { name: string; message: string; url: string; id: string };

describe('MISP simulator events', () => {
  let sim: MispSimulator;
  beforeEach(async () => {
    sim = await startSimulator();
  });
  afterEach(() => sim.close());

  it('GET /events/view returns the event with MISP string/boolean encoding', async () => {
    const res = await call<EventReply>(sim, 'GET', '/events/view/1');
    expect(res.status).toBe(200);
    const event = res.body.Event;
    expect(event).toMatchObject({
      id: '1',
      uuid: EVENT_UUID,
      distribution: '1',
      published: false,
      attribute_count: '5',
    });
    expect(event.Attribute[0]).toMatchObject({
      id: '1',
      event_id: '1',
      object_id: '0',
      to_ids: true,
      object_relation: null,
    });
    expect(event.Object[0].Attribute[1]).toMatchObject({
      object_id: '1',
      object_relation: 'sha256',
    });
    expect(event.Tag[0]).toMatchObject({
      name: 'tlp:amber',
      local: false,
      exportable: true,
    });
    expect(event.Galaxy).toEqual([]);
  });

  it('resolves events by uuid and accepts POST with options', async () => {
    const res = await call<EventReply>(
      sim,
      'POST',
      `/events/view/${EVENT_UUID}`,
      { deleted: [0, 1], extended: 1 },
    );
    expect(res.body.Event.id).toBe('1');
  });

  it('answers 404 with MISP error shape for unknown events', async () => {
    const res = await call<ErrorBody>(sim, 'GET', '/events/view/999');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({
      name: 'Invalid event',
      message: 'Invalid event',
      url: '/events/view/999',
    });
  });

  it('POST /events/edit changes distribution, forces sharing group 0 and unpublishes', async () => {
    sim.state.events[0].published = true;
    sim.state.events[0].sharing_group_id = '7';
    const res = await call<EventReply>(sim, 'POST', '/events/edit/1', {
      Event: { distribution: 0 },
    });
    expect(res.status).toBe(200);
    expect(res.body.Event).toMatchObject({
      distribution: '0',
      sharing_group_id: '0',
      published: false,
    });
    expect(sim.state.events[0].distribution).toBe('0');
  });

  it('PUT /events/edit accepts a bare body, a sharing group and /metadata:1', async () => {
    const res = await call<EventReply>(
      sim,
      'PUT',
      '/events/edit/1/metadata:1',
      { distribution: '4', sharing_group_id: '3' },
    );
    expect(res.body.Event).toMatchObject({
      distribution: '4',
      sharing_group_id: '3',
      Attribute: [],
      Object: [],
    });
    expect(sim.state.events[0].Attribute).toHaveLength(3);
  });

  it('refuses an invalid distribution with saveFailResponse', async () => {
    const bad = await call<SaveBody>(sim, 'POST', '/events/edit/1', {
      distribution: '9',
    });
    expect(bad.status).toBe(403);
    expect(bad.body).toMatchObject({
      saved: false,
      name: 'Could not edit Event',
      url: '/events/edit/1',
    });
    const noGroup = await call<SaveBody>(sim, 'POST', '/events/edit/1', {
      distribution: '4',
    });
    expect(noGroup.status).toBe(403);
    expect(sim.state.events[0].distribution).toBe('1');
  });

  it('answers 404 when editing an unknown event', async () => {
    const res = await call<ErrorBody>(sim, 'POST', '/events/edit/42', {
      distribution: '0',
    });
    expect(res.status).toBe(404);
  });

  it('POST /events/publish publishes without alerts', async () => {
    const res = await call<PublishBody>(sim, 'POST', '/events/publish/1');
    expect(res.body).toEqual({
      name: 'Publish',
      message: 'Event published without alerts',
      url: '/events/publish/1',
      id: '1',
    });
    expect(sim.state.events[0].published).toBe(true);
    expect(Number(sim.state.events[0].publish_timestamp)).toBeGreaterThan(0);
  });

  it('POST /events/alert queues the alert job; /events/unpublish reverts', async () => {
    const alert = await call<PublishBody>(
      sim,
      'POST',
      `/events/alert/${EVENT_UUID}`,
    );
    expect(alert.body.message).toBe('Job queued');
    const unpublish = await call<SaveBody>(sim, 'POST', '/events/unpublish/1');
    expect(unpublish.body).toMatchObject({
      saved: true,
      success: true,
      url: '/events/unpublish/1',
    });
    expect(sim.state.events[0].published).toBe(false);
  });

  it('answers 404 when publishing an unknown event', async () => {
    const res = await call<ErrorBody>(sim, 'POST', '/events/publish/404');
    expect(res.status).toBe(404);
    expect(res.body.name).toBe('Invalid event');
  });

  it('normalises loosely typed seeds to MISP encoding', async () => {
    await sim.close();
    sim = await startSimulator({
      events: [
        {
          info: 'x',
          distribution: 3,
          published: 1,
          Attribute: [{ type: 'ip-src', value: '10.0.0.1', to_ids: 0 }],
        },
      ],
    });
    const res = await call<EventReply>(sim, 'GET', '/events/view/1');
    expect(res.body.Event).toMatchObject({
      id: '1',
      distribution: '3',
      published: true,
    });
    expect(res.body.Event.Attribute[0]).toMatchObject({
      id: '1',
      to_ids: false,
      distribution: '5',
    });
  });
});
