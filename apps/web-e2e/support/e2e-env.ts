import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..', '..');
const apiPort = Number(process.env['E2E_API_PORT'] ?? 3101);
const webPort = Number(process.env['E2E_WEB_PORT'] ?? 4301);

/** Ports, key and folders of the platform the browser tests start (never the developer's :3000/:4200). */
export const E2E = {
  root,
  apiPort,
  webPort,
  apiUrl: `http://127.0.0.1:${apiPort}`,
  webUrl: `http://127.0.0.1:${webPort}`,
  dataDir: join(root, 'tmp', 'e2e-data'),
  artifactsDir: join(root, 'tmp', 'e2e-artifacts'),
  adminKey: 'e2e-admin-key-0123456789abcdefghijklmnopq',
};
