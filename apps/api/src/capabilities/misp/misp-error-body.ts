/**
 * What MISP says in an error body: CakePHP's `{name, message, url}` or RestResponse's save-fail envelope
 * `{saved: false, name, message, url, errors}`. Returns MISP's own words, untouched.
 */
export function mispErrorText(body: unknown): string {
  if (typeof body === 'string') return body.trim().slice(0, 300);
  if (typeof body !== 'object' || body === null) return '';
  const record = body as Record<string, unknown>;
  const message = typeof record['message'] === 'string' ? record['message'] : typeof record['name'] === 'string' ? record['name'] : '';
  const errors = describeErrors(record['errors']);
  if (!errors || errors === message) return message;
  return message ? `${message}: ${errors}` : errors;
}

function describeErrors(errors: unknown): string {
  if (errors === undefined || errors === null || errors === '') return '';
  if (typeof errors === 'string') return errors;
  return JSON.stringify(errors);
}

export function parseBody(text: string): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
