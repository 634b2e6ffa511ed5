import { resolve } from 'node:path';
import { customModulesDir } from './custom-modules-dir';
import { ConfigError, loadConfig } from './load-config';

describe('loadConfig', () => {
  it('applies the contract defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, HOST: '127.0.0.1', DATA_DIR: './data', WORKER: true });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.REDIS_URL).toBeUndefined();
  });

  it('parses WORKER=false and a postgres URL', () => {
    const config = loadConfig({ WORKER: 'false', DATABASE_URL: 'postgres://a:b@h/db' });
    expect(config.WORKER).toBe(false);
    expect(config.DATABASE_URL).toBe('postgres://a:b@h/db');
  });

  it('lists every bad value and hides keys', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', ADMIN_API_KEY: 'short', WORKER: 'maybe' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toContain('PORT');
    expect(problems).toContain('DATABASE_URL: must start with postgres://');
    expect(problems).toContain('ADMIN_API_KEY: must be 32 to 128 printable characters');
    expect(problems).not.toContain('short');
    expect(problems).toContain('WORKER must be true or false');
  });
});

describe('customModulesDir', () => {
  it('defaults to DATA_DIR/modules and honours CUSTOM_MODULES_DIR, both absolute', () => {
    expect(customModulesDir(loadConfig({ DATA_DIR: '/srv/data' }))).toBe('/srv/data/modules');
    expect(customModulesDir(loadConfig({ DATA_DIR: '/srv/data', CUSTOM_MODULES_DIR: '/opt/modules' }))).toBe('/opt/modules');
    expect(customModulesDir(loadConfig({ DATA_DIR: 'rel' }))).toBe(resolve('rel/modules'));
  });
});
