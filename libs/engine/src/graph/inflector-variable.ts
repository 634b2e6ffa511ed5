// CakePHP 2.10 `Inflector::variable` as PHP 8 runs it, used for connection label ids (spec §2.4):
// camelize(underscore(s)), then the first word character replaced by the lower-cased first byte.
// "A" → "a", "my label" → "myLabel", "filterB" → "filterB".
export function inflectorVariable(value: string): string {
  const camelized = camelize(underscore(value));
  const first = camelized.charAt(0);
  // PHP lower-cases one *byte*; for a non-ASCII first character that would be half a UTF-8 sequence
  // (which json_encode then rejects), so the character is kept whole instead.
  const replacement = first.charCodeAt(0) < 0x80 ? first.toLowerCase() : first;
  // The PCRE `\w` without /u is ASCII-only, like JS's; a function replacer keeps "$" literal.
  return camelized.replace(/\w/, () => replacement);
}

// `preg_replace('/(?<=\w)([A-Z])/', '_\1', s)` then `mb_strtolower`.
function underscore(value: string): string {
  const delimited = value.replace(/[A-Z]/g, (letter, offset: number) =>
    offset > 0 && /\w/.test(value.charAt(offset - 1)) ? `_${letter}` : letter,
  );
  return delimited.toLowerCase();
}

// `humanize` (underscores to spaces, each space-separated word's first character upper-cased with
// mb_strtoupper) followed by removing the spaces.
function camelize(value: string): string {
  return value
    .replace(/_/g, ' ')
    .split(' ')
    .map((word) => {
      const [head = '', ...tail] = Array.from(word);
      return head.toUpperCase() + tail.join('');
    })
    .join('');
}
