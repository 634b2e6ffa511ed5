import { php } from '@misp-wf/engine';
import { defineModule, fail, param } from '@misp-wf/sdk';
import { extractData } from '../notification-shared/extract-data';
import { ARBITRARY_URLS_OFF, arbitraryUrlsAllowed, sendWebhook } from '../webhook/webhook-request';

/**
 * MS Teams Webhook (spec §12.6): a webhook whose body is `{"text": <JSON of the payload>}`, sent as a form
 * (`text=…`), always POST, without custom headers, certificates verified. The payload is the roaming data, or
 * what `data_extraction_path` extracts from it (MISP declares that param but ignores it; docs/divergences.md).
 */
export const msTeamsWebhook = defineModule({
  id: 'ms-teams-webhook',
  version: '0.5.0',
  type: 'action',
  name: 'MS Teams Webhook',
  description: 'Perform callbacks to the MS Teams webhook provided by the "Incoming Webhook" connector',
  icon: 'comments',
  params: {
    url: param.input({ label: 'MS Teams Webhook URL', placeholder: 'https://example.com/test' }),
    content_type: param.select({
      label: 'Content type',
      default: 'form',
      options: [{ value: 'form', label: 'application/x-www-form-urlencoded' }],
    }),
    data_extraction_path: param.hashPath({
      label: 'Data extraction path',
      default: '',
      placeholder: 'Attribute.{n}.AttributeTag.{n}.Tag.name',
    }),
  },
  run: async (ctx) => {
    if (!arbitraryUrlsAllowed(ctx)) return fail(ARBITRARY_URLS_OFF, { cause: 'configuration-invalid' });
    const { url, content_type, data_extraction_path } = ctx.params;
    if (php.phpEmpty(url)) return fail('URL not provided.', { cause: 'configuration-invalid' });
    const extracted = extractData(ctx.data.get(), data_extraction_path);
    if (!extracted.ok) return fail(extracted.message, { cause: 'configuration-invalid' });
    return sendWebhook(ctx, { url, contentType: content_type, payload: { text: JSON.stringify(extracted.value) } });
  },
});
