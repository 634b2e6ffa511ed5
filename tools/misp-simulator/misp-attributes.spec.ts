import type { MispAttribute, MispSimulator } from './misp-simulator.types';
import {
  ATTRIBUTE_UUID,
  call,
  OBJECT_ATTRIBUTE_UUID,
  startSimulator,
  type ErrorBody,
  type SaveBody,
} from './misp-simulator.test-helper';

type AttributeReply = { Attribute: MispAttribute };

describe('MISP simulator attribute edit', () => {
  let sim: MispSimulator;
  beforeEach(async () => {
    sim = await startSimulator();
    sim.state.events[0].published = true;
  });
  afterEach(() => sim.close());

  it('POST /attributes/edit/{id} clears to_ids, returns the attribute and unpublishes the event', async () => {
    const res = await call<AttributeReply>(sim, 'POST', '/attributes/edit/1', {
      to_ids: false,
    });
    expect(res.status).toBe(200);
    expect(res.body.Attribute).toMatchObject({
      id: '1',
      to_ids: false,
      value: '203.0.113.10',
    });
    expect(sim.state.events[0].Attribute[0].to_ids).toBe(false);
    expect(sim.state.events[0].published).toBe(false);
  });

  it('PUT by uuid with a wrapped body edits an attribute inside an object', async () => {
    const res = await call<AttributeReply>(
      sim,
      'PUT',
      `/attributes/edit/${OBJECT_ATTRIBUTE_UUID}`,
      {
        Attribute: { comment: 'known bad', to_ids: '0' },
      },
    );
    expect(res.body.Attribute).toMatchObject({
      uuid: OBJECT_ATTRIBUTE_UUID,
      comment: 'known bad',
      to_ids: false,
      object_id: '1',
    });
    expect(sim.state.events[0].Object[0].Attribute[1].comment).toBe(
      'known bad',
    );
  });

  it('refuses an edit whose timestamp is not newer than the stored one', async () => {
    const stored = sim.state.events[0].Attribute[0].timestamp;
    const res = await call<SaveBody>(
      sim,
      'POST',
      `/attributes/edit/${ATTRIBUTE_UUID}`,
      { comment: 'stale', timestamp: stored },
    );
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({
      saved: false,
      name: 'Could not edit Attribute',
      errors: 'Attribute has not been updated',
    });
    expect(sim.state.events[0].Attribute[0].comment).toBe('');
    expect(sim.state.events[0].published).toBe(true);
  });

  it('accepts an edit with a newer timestamp', async () => {
    const newer = String(
      Number(sim.state.events[0].Attribute[0].timestamp) + 10,
    );
    const res = await call<AttributeReply>(sim, 'POST', '/attributes/edit/1', {
      comment: 'fresh',
      timestamp: newer,
    });
    expect(res.status).toBe(200);
    expect(res.body.Attribute.comment).toBe('fresh');
  });

  it('answers 404 for an unknown attribute', async () => {
    const res = await call<ErrorBody>(sim, 'POST', '/attributes/edit/999', {
      to_ids: true,
    });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({
      name: 'Invalid attribute',
      message: 'Invalid attribute',
      url: '/attributes/edit/999',
    });
  });
});
