import { defineConfig, devices } from '@playwright/test';
import { E2E } from './support/e2e-env';

/**
 * Runs the built API and editor (run `nx run-many -t build -p api web` first) on their own ports and a
 * fresh data directory, and drives Debian's chromium.
 */
export default defineConfig({
  testDir: './scenarios',
  testMatch: /.*\.e2e\.ts$/,
  timeout: 60_000,
  retries: 0,
  workers: 1,
  reporter: [['list']],
  outputDir: '../../tmp/e2e-results',
  use: { baseURL: E2E.webUrl, trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 900 },
        launchOptions: {
          executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
            '--disable-sync',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  webServer: [
    {
      command: `rm -rf ${E2E.dataDir} && node dist/apps/api/main.js`,
      cwd: E2E.root,
      url: `${E2E.apiUrl}/api/v1/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { PORT: String(E2E.apiPort), HOST: '127.0.0.1', DATA_DIR: E2E.dataDir, ADMIN_API_KEY: E2E.adminKey, LOG_LEVEL: 'warn' },
    },
    {
      command: 'node apps/web/server/web-server.cjs',
      cwd: E2E.root,
      url: `${E2E.webUrl}/settings`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { WEB_PORT: String(E2E.webPort), WEB_HOST: '127.0.0.1', API_URL: E2E.apiUrl, NEXT_TELEMETRY_DISABLED: '1' },
    },
  ],
});
