import { Hash } from '../hash';
import { phpEmpty } from '../php';

/**
 * MISP's `WorkflowBaseModule::extractData`: an empty path (PHP-empty, so also "0") returns the data itself,
 * otherwise `Hash::extract`; an extraction error gives `false`.
 */
export function extractData(data: unknown, path: unknown): unknown {
  if (phpEmpty(path)) return data;
  try {
    return Hash.extract(data, String(path));
  } catch {
    return false;
  }
}
