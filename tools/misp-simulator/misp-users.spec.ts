import type { MispSimulator } from './misp-simulator.types';
import {
  call,
  startSimulator,
  type ErrorBody,
} from './misp-simulator.test-helper';

type UserRow = {
  User: { id: string; email: string; disabled: boolean; role_id: string };
  Role: { id: string; name: string; perm_site_admin: boolean };
  Organisation: { id: string; name: string };
};

describe('MISP simulator users', () => {
  let sim: MispSimulator;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(() => sim.close());

  it.each(['/admin/users', '/admin/users/index', '/admin/users.json'])(
    'GET %s lists the accounts with their role, as admin_index does',
    async (path) => {
      const res = await call<UserRow[]>(sim, 'GET', path);
      expect(res.status).toBe(200);
      expect(
        res.body.map((r) => [
          r.User.email,
          r.Role.perm_site_admin,
          r.User.disabled,
        ]),
      ).toEqual([
        ['admin@admin.test', true, false],
        ['orgadmin@example.test', false, false],
        ['analyst@example.test', false, false],
        ['soc-lead@example.test', true, false],
        ['former@example.test', false, true],
      ]);
      expect(res.body[0]).toMatchObject({
        User: { id: '1', role_id: '1' },
        Role: { id: '1', name: 'admin' },
        Organisation: { id: '1' },
      });
      expect(res.body[0].User).not.toHaveProperty('password');
    },
  );

  it('needs the API key and answers 404 for other admin user actions, 405 for POST', async () => {
    expect(
      (
        await call(sim, 'GET', '/admin/users', undefined, {
          Authorization: 'wrong',
        })
      ).status,
    ).toBe(403);
    const view = await call<ErrorBody>(sim, 'GET', '/admin/users/view/1');
    expect(view.status).toBe(404);
    expect(view.body.message).toBe('Not Found');
    expect((await call(sim, 'POST', '/admin/users', {})).status).toBe(405);
  });
});
