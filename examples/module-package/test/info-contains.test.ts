import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coreEvent, createTestContext, runModule } from '@misp-wf/sdk';
import infoContains from '../src/info-contains.module';

const event = coreEvent({ info: 'Ransomware campaign against hospitals' });

test('follows "then" (output_1) when the info contains the keyword, ignoring case by default', async () => {
  const ctx = createTestContext(infoContains, { params: { keyword: 'ransomware' }, data: event });
  assert.deepEqual(await runModule(infoContains, ctx), { kind: 'branch', output: 'output_1' });
});

test('follows "else" (output_2) when it does not', async () => {
  const ctx = createTestContext(infoContains, { params: { keyword: 'phishing' }, data: event });
  assert.deepEqual(await runModule(infoContains, ctx), { kind: 'branch', output: 'output_2' });
});

test('honours case sensitivity', async () => {
  const ctx = createTestContext(infoContains, { params: { keyword: 'ransomware', caseSensitive: true }, data: event });
  assert.deepEqual(await runModule(infoContains, ctx), { kind: 'branch', output: 'output_2' });
});

test('an empty keyword never matches, and data without an event is "else"', async () => {
  assert.deepEqual(await runModule(infoContains, createTestContext(infoContains, { params: { keyword: '' }, data: event })), { kind: 'branch', output: 'output_2' });
  assert.deepEqual(await runModule(infoContains, createTestContext(infoContains, { params: { keyword: 'x' }, data: {} })), { kind: 'branch', output: 'output_2' });
});
