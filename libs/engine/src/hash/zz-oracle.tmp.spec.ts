import { execFileSync } from 'child_process';
import { extractCases } from './hash-extract.spec';
import { mispExtractCases } from './hash-extract-misp.spec';
import { checkCases, getCases } from './hash-get.spec';
import { insertCases, removeCases } from './hash-insert-remove.spec';
import { combineCases, nestCases } from './hash-combine-nest.spec';

type Call = { name: string; fn: string; args: unknown[]; expected?: unknown; error?: string };
const enc = (v: unknown): unknown => (v === undefined ? null : v);
const norm = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(norm);
  if (v && typeof v === 'object') {
    const e = Object.entries(v);
    return e.length === 0 ? [] : Object.fromEntries(e.map(([k, x]) => [k, norm(x)]));
  }
  return v;
};
export function checkWithPhp(calls: Call[]): string[] {
  const out = JSON.parse(execFileSync('php', ['/tmp/oracle/Hash.php'], { input: JSON.stringify(calls.map((c) => ({ fn: c.fn, args: c.args.map(enc) }))) }).toString()) as { ok: boolean; value?: unknown; type?: string; message?: string }[];
  const diffs: string[] = [];
  calls.forEach((c, i) => {
    const r = out[i];
    if (c.error !== undefined) {
      if (r.ok || r.type !== c.error) diffs.push(`${c.fn} ${c.name}: expected ${c.error}, php ${JSON.stringify(r)}`);
    } else if (!r.ok) diffs.push(`${c.fn} ${c.name}: php threw ${r.type} ${r.message}`);
    else if (JSON.stringify(norm(r.value)) !== JSON.stringify(norm(c.expected))) diffs.push(`${c.fn} ${c.name}: table ${JSON.stringify(c.expected)} php ${JSON.stringify(r.value)}`);
  });
  return diffs;
}

it('extract table matches php', () => {
  expect(checkWithPhp(extractCases.map((c) => ({ name: c.name, fn: 'extract', args: [c.data, c.path], expected: c.expected })))).toEqual([]);
});

it('misp extract table matches php', () => {
  expect(checkWithPhp(mispExtractCases.map((c) => ({ name: c.name, fn: 'extract', args: [c.data, c.path], expected: c.expected })))).toEqual([]);
});

it('get/check tables match php', () => {
  expect(checkWithPhp([
    ...getCases.map((c) => ({ name: c.name, fn: 'get', args: 'default' in c ? [c.data, c.path, c.default] : [c.data, c.path], expected: c.expected })),
    ...checkCases.map((c) => ({ name: c.name, fn: 'check', args: [c.data, c.path], expected: c.expected })),
  ])).toEqual([]);
});

it('insert/remove tables match php', () => {
  expect(checkWithPhp([
    ...insertCases.map((c) => ({ name: c.name, fn: 'insert', args: 'values' in c ? [c.data, c.path, c.values] : [c.data, c.path], expected: c.expected })),
    ...removeCases.map((c) => ({ name: c.name, fn: 'remove', args: [c.data, c.path], expected: c.expected })),
    { name: 'merge TypeError', fn: 'insert', args: [['s'], '{n}', 'x'], error: 'TypeError' },
    { name: 'insert TypeError', fn: 'insert', args: [[1], '{n}.a', 'x'], error: 'TypeError' },
    { name: 'matches TypeError', fn: 'insert', args: [['s'], '{n}[x=1]', 'x'], error: 'TypeError' },
  ])).toEqual([]);
});

it('combine/nest tables match php', () => {
  expect(checkWithPhp([
    ...combineCases.map((c) => ({ name: c.name, fn: 'combine', args: [c.data, c.keyPath, c.valuePath ?? null, c.groupPath ?? null], expected: c.expected })),
    ...nestCases.map((c) => ({ name: c.name, fn: 'nest', args: c.options ? [c.data, c.options] : [c.data], expected: c.expected })),
    { name: 'missing value', fn: 'combine', args: [[{ User: { id: 1, name: 'mark' } }, { User: { name: 'jose' } }], '{n}.User.id', '{n}.User.name'], error: 'CakeException' },
    { name: 'group by arrays', fn: 'combine', args: [[{ User: { id: 2 } }], '{n}.User.id', '{n}.User.id', ''], error: 'TypeError' },
    { name: 'nest invalid', fn: 'nest', args: [[{ Category: { id: '1', parent_id: '1' } }]], error: 'InvalidArgumentException' },
  ])).toEqual([]);
});
