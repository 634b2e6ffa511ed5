import { slowActionModule } from './action-modules';
import { createMispModulesServer, type MispModulesServer } from './misp-modules-server';
import { defaultModules } from './default-modules';

let server: MispModulesServer;

beforeAll(async () => {
  server = await createMispModulesServer({ modules: [...defaultModules(), slowActionModule()] });
});
afterAll(() => server.close());

const query = async (params: Record<string, string>) => {
  const started = Date.now();
  const res = await fetch(`${server.url}/query`, { method: 'POST', body: JSON.stringify({ module: 'slowaction', data: {}, params }) });
  return { text: await res.text(), ms: Date.now() - started };
};

describe('slowaction (test-only module)', () => {
  it('is a blocking action module listed after the default ones', async () => {
    const list = (await (await fetch(`${server.url}/modules`)).json()) as { name: string; meta: { config: { blocking: boolean } } }[];
    expect(list.map((m) => m.name).at(-1)).toBe('slowaction');
    expect(list.at(-1)?.meta.config.blocking).toBe(true);
  });

  it('answers {"data": true} after params.delay_ms', async () => {
    const slow = await query({ delay_ms: '250' });
    expect(slow.text).toBe('{"data":true}');
    expect(slow.ms).toBeGreaterThanOrEqual(240);
    const fast = await query({ delay_ms: '0' });
    expect(fast.ms).toBeLessThan(240);
  });

  it('is not part of the default modules', () => {
    expect(defaultModules().map((m) => m.descriptor.name)).not.toContain('slowaction');
  });
});
