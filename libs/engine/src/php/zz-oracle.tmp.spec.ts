import { execFileSync } from 'child_process';
import { looseEqualityTable, orderingTable, spaceshipTable } from './php-compare.spec';
import { emptyTable } from './php-empty.spec';
import { isNumericTable } from './php-is-numeric.spec';
import { sortTable } from './php-sort.spec';
import { floatToStringTable } from './php-string.spec';

const enc = (v: unknown): unknown => {
  if (typeof v === 'number' && !Number.isSafeInteger(v)) {
    if (Number.isNaN(v)) return { __f: 'NAN' };
    if (!Number.isFinite(v)) return { __f: v > 0 ? 'INF' : '-INF' };
    return { __f: v.toPrecision(17) };
  }
  if (Object.is(v, -0)) return { __f: '-0' };
  if (v === undefined) return null;
  if (Array.isArray(v)) return v.map(enc);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, enc(x)]));
  return v;
};
const dec = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(dec);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('__f' in o) { const f = String(o['__f']); return f === 'NAN' ? NaN : f === 'INF' ? Infinity : f === '-INF' ? -Infinity : Number(f); }
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, dec(x)]));
  }
  return v;
};

it('matches php 8.2 on every helper table', () => {
  const tests: { op: string; a: unknown; b?: unknown; expected: unknown }[] = [
    ...looseEqualityTable.map(([a, b, e]) => ({ op: 'eq', a, b, expected: [e, e] })),
    ...spaceshipTable.map(([a, b, e]) => ({ op: 'cmp', a, b, expected: e })),
    ...orderingTable.map(([a, b, ...e]) => ({ op: 'ord', a, b, expected: e })),
    ...isNumericTable.map(([a, e]) => ({ op: 'num', a, expected: e })),
    ...floatToStringTable.map(([a, e]) => ({ op: 'str', a, expected: e })),
    ...emptyTable.map(([a, e]) => ({ op: 'empty', a, expected: e })),
    ...sortTable.map(([a, e]) => ({ op: 'sort', a, expected: e })),
  ];
  const out = JSON.parse(execFileSync('php', ['/tmp/oracle/php-tables.php'], { input: JSON.stringify(tests.map((t) => ({ ...t, a: enc(t.a), b: enc(t.b) }))) }).toString()) as unknown[];
  const diffs = tests.map((t, i) => ({ t, php: dec(out[i]) })).filter(({ t, php }) => JSON.stringify(php) !== JSON.stringify(t.expected));
  expect(diffs.map(({ t, php }) => `${t.op} ${JSON.stringify(enc(t.a))} ${JSON.stringify(enc(t.b))}: table ${JSON.stringify(t.expected)} php ${JSON.stringify(php)}`)).toEqual([]);
});
