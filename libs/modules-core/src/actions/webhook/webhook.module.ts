import { php } from '@misp-wf/engine';
import { defineModule, fail, param } from '@misp-wf/sdk';
import { parseHeaderLines } from './header-lines';
import { ARBITRARY_URLS_OFF, arbitraryUrlsAllowed, sendWebhook } from './webhook-request';

/**
 * Webhook (spec §12.6, integration.md §4.B): sends the rendered payload, or the whole roaming data, to a URL.
 * Not blocking, so a failed call fails the node but cannot stop a MISP operation.
 */
export const webhook = defineModule({
  id: 'webhook',
  version: '0.7.0',
  type: 'action',
  name: 'Webhook',
  description: 'Allow to perform custom callbacks to the provided URL',
  icon: 'globe',
  params: {
    url: param.input({ label: 'URL', placeholder: 'https://example.com/test', jinja: true }),
    content_type: param.select({
      label: 'Content type',
      default: 'json',
      options: [
        { value: 'json', label: 'application/json' },
        { value: 'form', label: 'application/x-www-form-urlencoded' },
      ],
    }),
    request_method: param.select({
      label: 'HTTP Request Method',
      default: 'post',
      options: [
        { value: 'post', label: 'POST' },
        { value: 'get', label: 'GET' },
        { value: 'put', label: 'PUT' },
        { value: 'delete', label: 'DELETE' },
      ],
    }),
    self_signed: param.select({
      label: 'Self-signed certificates',
      default: 'deny',
      options: [
        { value: 'deny', label: 'Deny self-signed certificates' },
        { value: 'allow', label: 'Allow self-signed certificates' },
      ],
    }),
    payload: param.textarea({ label: 'Payload (leave empty for roaming data)', default: '', jinja: true }),
    headers: param.textarea({ label: 'Headers', placeholder: 'Authorization: foobar', jinja: true }),
  },
  run: async (ctx) => {
    if (!arbitraryUrlsAllowed(ctx)) return fail(ARBITRARY_URLS_OFF, { cause: 'configuration-invalid' });
    const { url, content_type, request_method, self_signed, payload, headers } = ctx.params;
    if (php.phpEmpty(url)) return fail('URL not provided.', { cause: 'configuration-invalid' });
    const body = payload.length > 0 ? payload : ctx.data.get();
    return sendWebhook(ctx, {
      url,
      contentType: content_type,
      payload: content_type === 'json' ? decodeJsonText(body) : body,
      headers: parseHeaderLines(headers),
      method: request_method,
      allowSelfSigned: self_signed === 'allow',
    });
  },
});

/** With `json`, a text payload that is JSON is sent as that JSON (re-encoded); any other text as a JSON string. */
function decodeJsonText(payload: unknown): unknown {
  if (typeof payload !== 'string') return payload;
  try {
    return JSON.parse(payload) as unknown;
  } catch {
    return payload;
  }
}
