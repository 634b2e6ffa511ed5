import { php } from '@misp-wf/engine';

/**
 * PHP `urlencode()`: every byte but `A-Z a-z 0-9 - _ .` is percent-encoded (UTF-8) and a space becomes `+`.
 * `encodeURIComponent` also leaves `! ~ * ' ( )` alone, so those are encoded here.
 */
export function phpUrlencode(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!~*'()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}

/**
 * PHP `http_build_query($data)`, which CakePHP's HttpSocket applies to an array body sent as a form:
 * nested keys as `a%5Bb%5D=…`, `null` and empty arrays left out, booleans as `1`/`0`.
 */
export function phpHttpBuildQuery(data: unknown): string {
  const pairs: string[] = [];
  const walk = (value: unknown, key: string): void => {
    if (value === null || value === undefined) return;
    if (php.isPhpArray(value)) {
      for (const [k, v] of php.phpEntries(value)) walk(v, `${key}%5B${phpUrlencode(String(k))}%5D`);
      return;
    }
    pairs.push(`${key}=${phpUrlencode(scalarText(value))}`);
  };
  if (php.isPhpArray(data)) {
    for (const [k, v] of php.phpEntries(data)) walk(v, phpUrlencode(String(k)));
  }
  return pairs.join('&');
}

function scalarText(value: unknown): string {
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value : String(value);
}
