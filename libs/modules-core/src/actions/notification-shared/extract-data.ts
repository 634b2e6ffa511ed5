import { Hash, php } from '@misp-wf/engine';

export type Extraction = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * MISP's `extractData($data, $path)`: the whole data when the path is PHP-empty (`""` and `"0"`), otherwise
 * what `Hash::extract` returns; a path Hash cannot evaluate yields MISP's message.
 */
export function extractData(data: unknown, path: string): Extraction {
  if (php.phpEmpty(path)) return { ok: true, value: data };
  try {
    return { ok: true, value: Hash.extract(data, path) };
  } catch {
    return { ok: false, message: extractionFailed(path) };
  }
}

export const extractionFailed = (path: string): string => `Error while trying to extract data with path \`${path}\``;
