import { execFileSync } from 'child_process';
import { pregTable } from './preg-match.spec';

it('matches php 8.2 preg_match', () => {
  const enc = (v: unknown): unknown => (typeof v === 'number' && !Number.isSafeInteger(v) ? { __f: v.toPrecision(17) } : v);
  const out = JSON.parse(execFileSync('php', ['/tmp/oracle/preg.php'], { input: JSON.stringify(pregTable.map(([p, s]) => ({ p, s: enc(s) }))) }).toString()) as unknown[];
  const diffs = pregTable.map(([p, s, e], i) => ({ p, s, e, php: out[i] })).filter((d) => d.php !== d.e);
  expect(diffs).toEqual([]);
});
