import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../../src/bootstrap/create-app';
import type { AppConfig } from '../../src/config/app-config.schema';
import { loadConfig } from '../../src/config/load-config';
import { createPgSchema, type DbTarget } from './db-targets';

export const TEST_ADMIN_KEY = 'test-admin-key-0123456789-abcdefghijklmnop';

export type TestApp = {
  app: NestFastifyApplication;
  config: AppConfig;
  dataDir: string;
  /** Base URL of the app listening on a free loopback port. */
  url: string;
  close: () => Promise<void>;
};

/** The real app (same bootstrap as `main.ts`) on a fresh database of the given kind. */
export async function startTestApp(target: DbTarget, env: Record<string, string> = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mwp-test-'));
  const pg = target.url ? await createPgSchema(target.url) : undefined;
  const config = loadConfig({
    DATA_DIR: dataDir,
    ADMIN_API_KEY: TEST_ADMIN_KEY,
    LOG_LEVEL: 'silent',
    ...(pg ? { DATABASE_URL: pg.url } : {}),
    ...env,
  });
  const { app } = await createApp(config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = await app.getUrl();
  return {
    app,
    url: url.replace('[::1]', '127.0.0.1'),
    config,
    dataDir,
    close: async () => {
      await app.close();
      if (pg) await pg.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
