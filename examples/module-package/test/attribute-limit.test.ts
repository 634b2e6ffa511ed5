import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coreEvent, createTestContext, runModule } from '@misp-wf/sdk';
import attributeLimit from '../src/attribute-limit.module';

const event = coreEvent({ attributes: [{ value: '192.0.2.1' }, { value: 'evil.example', type: 'domain' }, { value: '198.51.100.7' }] });

test('lets an event within the limit through', async () => {
  const ctx = createTestContext(attributeLimit, { params: { max: '3' }, data: event });
  assert.deepEqual(await runModule(attributeLimit, ctx), { kind: 'ok' });
  assert.deepEqual(ctx.logs, [{ level: 'info', message: 'counted 3 attributes (limit 3)' }]);
});

test('blocks an event over the limit with the message and the count', async () => {
  const ctx = createTestContext(attributeLimit, { params: { max: '2', message: 'Too big' }, data: event });
  assert.deepEqual(await runModule(attributeLimit, ctx), { kind: 'block', message: 'Too big (3 > 2)' });
});

test('counts only what the node filter selected (keys kept, so an object)', async () => {
  const ctx = createTestContext(attributeLimit, { params: { max: '1' }, data: event, filteredItems: { 1: { value: 'evil.example' } } });
  assert.deepEqual(await runModule(attributeLimit, ctx), { kind: 'ok' });
});

test('fails with a configuration cause on a limit that is not a number', async () => {
  const ctx = createTestContext(attributeLimit, { params: { max: 'lots' }, data: event });
  assert.deepEqual(await runModule(attributeLimit, ctx), { kind: 'fail', message: '"lots" is not a whole number of attributes', cause: 'configuration-invalid' });
});

test('never touches the roaming data or MISP', async () => {
  const ctx = createTestContext(attributeLimit, { params: { max: '0' }, data: event });
  await runModule(attributeLimit, ctx);
  assert.equal(ctx.currentData(), event);
  assert.deepEqual(ctx.misp.calls, []);
});
