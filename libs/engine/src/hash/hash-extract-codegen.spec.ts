import { Hash } from './index';

// The compiled fast path must agree with CakePHP's semantics on the edges it handles itself.
describe('Hash.extract compiled paths', () => {
  it.each([
    [{ a: { constructor: 1 } }, 'a.constructor', [1]],
    [{ a: {} }, 'a.{n}.constructor', []],
    [{ a: [{}] }, 'a.{n}.constructor', []],
    [{ a: [{ toString: 'x' }, {}] }, 'a.{n}.toString', ['x']],
    [{ a: 5 }, 'a.{n}', [5]],
    [{ a: 'x' }, 'a.{*}', ['x']],
    [{ a: { 0: 'p', 2: 'q', s: 'r' } }, 'a.{n}', ['p', 'q']],
    [{ a: [[1, 2], [3]] }, 'a.{n}.{n}', [1, 2, 3]],
    [{ a: [{ b: null }, { b: 0 }] }, 'a.{n}.b', [null, 0]],
    [{ a: [{ v: 1 }, { v: 2 }, 'x'] }, 'a.{n}[v>1].v', [2]],
    [{ 'a"b': [1] }, 'a"b.{n}', [1]],
    [{ "a'b\\": [1] }, "a'b\\.{n}", [1]],
  ])('%j with %s', (data, path, expected) => {
    expect(Hash.extract(data, path)).toEqual(expected);
  });

  it('does not run code embedded in a path', () => {
    const path = 'a.{n}.x"]); globalThis.pwned = true; (["';
    expect(Hash.extract({ a: [{}] }, path)).toEqual([]);
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
  });
});
