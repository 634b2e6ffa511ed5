import { PhpTypeError } from '../php-errors';
import { PregReDoSError, PregUnsupportedError } from './pcre-ast';
import { pregCompile, pregMatch } from './preg-match';

/** `preg_match($pattern, $subject)` results of PHP 8 (checked against php 8.2 / PCRE2). */
// prettier-ignore
export const pregTable: readonly [string, unknown, 0 | 1 | false][] = [
  // anchors: `$` also matches before a final "\n" unless D; multiline uses "\n" only
  ['/^abc$/', 'abc', 1],
  ['/^abc$/', 'abc\n', 1],
  ['/^abc$/', 'abc\n\n', 0],
  ['/^abc$/D', 'abc\n', 0],
  ['/^abc$/m', 'abc\ndef', 1],
  ['/^def$/m', 'abc\ndef', 1],
  ['/^def/', 'abc\ndef', 0],
  ['/^def$/m', 'abc\rdef', 0],
  ['/^$/m', 'a\n', 0],
  ['/abc\\Z/', 'abc\n', 1],
  ['/abc\\z/', 'abc\n', 0],
  ['/\\Aabc/', 'abc', 1],
  ['/\\Ga/', 'ba', 0],
  ['/abc/A', 'xabc', 0],
  ['/abc/A', 'abcx', 1],
  // dot: everything but "\n" (JS would also stop at \r and U+2028)
  ['/a.c/', 'a\nc', 0],
  ['/a.c/s', 'a\nc', 1],
  ['/a.c/', 'a\rc', 1],
  ['/^a.b$/u', 'a\u2028b', 1],
  ['/^a.b$/', 'a\u2028b', 0],
  ['/(?s:a.b)/', 'a\nb', 1],
  ['/(?m)^b/', 'a\nb', 1],
  // bytes without u, code points with u
  ['/é/', 'café', 1],
  ['/^.{4}$/', 'café', 0],
  ['/^.{5}$/', 'café', 1],
  ['/^.{4}$/u', 'café', 1],
  ['/^[é]+$/', 'é', 1],
  ['/^[^a]$/', 'é', 0],
  ['/^[^a]$/u', 'é', 1],
  ['/^\\S+$/', 'é', 1],
  ['/^\\w+$/', 'ñandú', 0],
  ['/^\\w+$/u', 'ñandú', 1],
  ['/^\\d+$/u', '١٢٣', 1],
  ['/^\\d+$/', '١٢٣', 0],
  ['/\\bété\\b/u', 'un été chaud', 1],
  ['/\\bfoo\\b/', 'a foo b', 1],
  ['/\\bfoo\\b/', 'afoo b', 0],
  ['/ÉCOLE/iu', 'école', 1],
  ['/ÉCOLE/i', 'école', 0],
  ['/ABC/i', 'xabcx', 1],
  ['/(?i)abc/', 'ABC', 1],
  ['/\\p{Lu}/u', 'a', 0],
  ['/\\p{Lu}/u', 'A', 1],
  ['/^\\p{Greek}+$/u', 'αβγ', 1],
  ['/\\x{263A}/u', '☺', 1],
  // escapes and classes
  ['/\\x41/', 'A', 1],
  ['/\\101/', 'A', 1],
  ['/\\o{101}/', 'A', 1],
  ['/\\cA/', '\x01', 1],
  ['/\\$/', '$', 1],
  ['/a\\/b/', 'a/b', 1],
  ['/\\Qa.b\\E/', 'a.b', 1],
  ['/\\Qa.b\\E/', 'axb', 0],
  ['/^[[:alpha:]]+$/', 'abc', 1],
  ['/^[[:^digit:]]+$/', 'abc', 1],
  ['/^[[:punct:]]$/', '!', 1],
  ['/[\\d-z]/', '-', false],
  ['/[\\d-]/', '-', 1],
  ['/[]a]/', ']', 1],
  ['/[^]a]/', 'b', 1],
  ['/\\h/', 'a\tb', 1],
  ['/\\v/', 'a\nb', 1],
  ['/^a\\Rb$/', 'a\r\nb', 1],
  ['/a\\Kb/', 'ab', 1],
  ['/x{,3}/', 'x{,3}', 1],
  ['/\\d{2,}/', 'a1b23', 1],
  ['/a b # comment\n c/x', 'abc', 1],
  ['/[a b]/x', ' ', 1],
  ['/a#b/x', 'a', 1],
  // groups, back references, lookarounds, possessive/atomic
  ['/(a)\\1/', 'aa', 1],
  ['/(a)\\g{-1}/', 'aa', 1],
  ['/(?P<x>a)(?P=x)/', 'aa', 1],
  ['/(?<y>a)\\k<y>/', 'aa', 1],
  ['/(?=a)a/', 'a', 1],
  ['/(?<=a)b/', 'ab', 1],
  ['/(?<!a)b/', 'ab', 0],
  ['/a++b/', 'aaab', 1],
  ['/a++a/', 'aaa', 0],
  ['/(?>a+)a/', 'aaa', 0],
  ['/(a)(?>b)\\1/', 'aba', 1],
  ['/a*?b/U', 'aab', 1],
  ['/^(\\d{1,3}\\.){3}\\d{1,3}$/', '192.168.0.1', 1],
  ['/(foo|bar)+$/', 'foobarfoo', 1],
  // other delimiters, empty pattern
  ['#^a/b$#', 'a/b', 1],
  ['{^a}i', 'A', 1],
  ['(^a)', 'a', 1],
  ['//', 'x', 1],
  // PHP refuses these: warning + false
  ['/abc', 'abc', false],
  ['abc', 'abc', false],
  ['', 'abc', false],
  ['/abc/k', 'abc', false],
  ['/abc/e', 'abc', false],
  ['/(abc/', 'abc', false],
  ['/abc)/', 'abc', false],
  ['/[a-/', 'a', false],
  ['/a{2,1}/', 'aa', false],
  ['/?/', 'a', false],
  ['/[a-\\d]/', 'a', false],
  ['/\\y/', 'y', false],
  ['/(a)\\2/', 'aa', false],
  ['/[\\x{100}]/', 'a', false],
  ['/(?n)(a)\\1/', 'aa', false],
  // subjects are converted like PHP (null → "", floats with precision 14)
  ['/^$/', null, 1],
  ['/^1\\.5$/', 1.5, 1],
  ['/^1$/', true, 1],
  ['/^$/', false, 1],
  ['/^1\\.0E\\+20$/', 1e20, 1],
  ['/^42$/', 42, 1],
];

describe('pregMatch (PHP preg_match through JS RegExp)', () => {
  it.each(pregTable)(
    'preg_match(%p, %p) is %p',
    (pattern, subject, expected) => {
      expect(pregMatch(pattern, subject)).toBe(expected);
    },
  );
});

describe('pregMatch errors', () => {
  it('throws a TypeError for an array subject, like PHP 8', () => {
    expect(() => pregMatch('/a/', ['a'])).toThrow(PhpTypeError);
    expect(() => pregMatch('/a/', { a: 'a' })).toThrow(
      'must be of type string, array given',
    );
  });

  it.each([
    '/(?R)/',
    '/(a)(?1)/',
    '/(?|(a)|(b))/',
    '/(*UTF8)a/',
    '/\\X/',
    '/(?(1)a|b)/',
    '/a(?i)b/',
    '/\\p{L}/',
    '/(?J)(?<n>a)|(?<n>b)/',
    '/\\p{Xuc}/u',
  ])('refuses %p with a clear PregUnsupportedError', (pattern) => {
    expect(() => pregMatch(pattern, 'a')).toThrow(PregUnsupportedError);
  });
});

describe('pregMatch ReDoS guard', () => {
  it.each([
    '/(a+)+$/',
    '/(a*)*b/',
    '/(\\w+\\s?)*$/',
    '/(a|aa)+$/',
    '/(a|a?)*c/',
    '/(.*a){3}/',
    '/^(([a-z])+.)+[A-Z]([a-z])+$/',
    '/(?:x+x+)+y/',
  ])('rejects the catastrophic pattern %p before running it', (pattern) => {
    expect(() => pregMatch(pattern, 'aaaa')).toThrow(PregReDoSError);
  });

  it('returns within a second for (a+)+$ against a long non-matching subject', () => {
    const start = Date.now();
    expect(() =>
      pregMatch('/(a+)+$/', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!'),
    ).toThrow(PregReDoSError);
    expect(Date.now() - start).toBeLessThan(1000);
  });

  it('allows bounded or unambiguous repetitions', () => {
    expect(pregMatch('/(a{1,5}){1,5}/', 'aaa')).toBe(1);
    expect(pregMatch('/(a++)+$/', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!')).toBe(0);
    expect(pregMatch('/(?:https?|ftp):\\/\\//', 'https://x')).toBe(1);
  });

  it('caches compiled patterns and exposes the translation', () => {
    const compiled = pregCompile('/^a.b$/i');
    expect(compiled).toBe(pregCompile('/^a.b$/i'));
    expect(compiled?.regex.flags).toBe('i');
    expect(compiled?.regex.test('A-B')).toBe(true);
    expect(pregCompile('/unterminated')).toBeNull();
  });
});
