/**
 * The three CakePHP 2 `Inflector` functions MISP applies to misp-modules names (spec §12.4), on the
 * ASCII names misp-modules uses; accented letters are transliterated by decomposition (ä → a), which
 * is close to but not exactly CakePHP's table (ä → ae) — no misp-modules name has one.
 */

/** `Inflector::underscore`: an upper-case letter after a word character gets a `_`, then lower case. */
export function underscore(word: string): string {
  return word.replace(/(?<=\w)([A-Z])/g, '_$1').toLowerCase();
}

/** `Inflector::slug` with `_`: anything but letters, digits and spaces → space; space runs → `_`; trimmed. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\s\p{Zs}\p{Ll}\p{Lm}\p{Lo}\p{Lt}\p{Lu}\p{Nd}]/gu, ' ')
    .replace(/[\s\p{Zs}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}

/** `Inflector::humanize`: `_` → space, then PHP `ucwords` (first letter of each word upper-cased, rest kept). */
export function humanize(word: string): string {
  return word.replace(/_/g, ' ').replace(/(^|[ \t\r\n\f\v])(\S)/g, (_m, sep: string, first: string) => sep + first.toUpperCase());
}
