import { randomBytes } from 'node:crypto';
// eslint-disable-next-line @nx/enforce-module-boundaries -- shared test tooling
export { dropPrefix } from '../../../../tools/test-support/redis-prefix';

/**
 * The Redis server for tests (`npm test` starts one and sets `TEST_REDIS_URL`). With
 * `REQUIRE_TEST_SERVICES=1` a missing server is a failure, never a silent skip.
 */
export function redisTestUrl(): string | undefined {
  const url = process.env['TEST_REDIS_URL'];
  if (!url && process.env['REQUIRE_TEST_SERVICES'] === '1') throw new Error('REQUIRE_TEST_SERVICES=1 but TEST_REDIS_URL is not set');
  return url;
}

/** A `REDIS_PREFIX` of its own per test, so parallel Jest workers never share queues or leases. */
export function uniquePrefix(): string {
  return `t${randomBytes(5).toString('hex')}`;
}
