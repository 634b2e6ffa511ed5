import { php } from '@misp-wf/engine';
import { defineModule, fail, ok, param } from '@misp-wf/sdk';
import { ARBITRARY_URLS_OFF, arbitraryUrlsAllowed, sendWebhook } from '../webhook/webhook-request';
import { applyExtractionModel, splunkEvents } from './splunk-events';

/**
 * Splunk HEC export (spec §12.6): POSTs `{"event": …, "sourcetype"?}` with `Authorization: Splunk <token>` to an
 * HTTP Event Collector, once for the whole data or once per attribute, stopping at the first failure. MISP's
 * module ignores `verify_tls` and drops its error messages (undefined variables); here both work
 * (docs/divergences.md).
 */
export const splunkHecExport = defineModule({
  id: 'splunk-hec-export',
  version: '0.2.0',
  type: 'action',
  name: 'Splunk HEC export',
  description:
    "Export Event Data to Splunk HTTP Event Collector. Due to the potential high amount of requests, it's recommanded to put this module after a `concurrent_task` logic module.",
  icon: 'file-export',
  expectMispCoreFormat: true,
  outputs: 0,
  params: {
    url: param.input({ label: 'HEC URL', placeholder: 'https://splunk:8088/services/collector/event' }),
    verify_tls: param.select({
      label: 'Verify HTTPS Certificate',
      default: '1',
      options: [
        { value: '1', label: 'True' },
        { value: '0', label: 'False' },
      ],
    }),
    hec_token: param.input({ label: 'HEC Token', placeholder: '00000000-0000-0000-000000000000' }),
    source_type: param.input({ label: 'Source Type', default: '', placeholder: 'misp:event' }),
    event_per_attribute: param.select({
      label: 'Create one Splunk Event per Attribute',
      default: '0',
      options: [
        { value: '1', label: 'True' },
        { value: '0', label: 'False' },
      ],
    }),
    data_extraction_model: param.textarea({
      label: 'Data extraction model (JSON)',
      default: '',
      placeholder: '{ "EventInfo": "Event.info", "AttributeValue": "Event.Attribute.{n}.value"}',
    }),
  },
  run: async (ctx) => {
    if (!arbitraryUrlsAllowed(ctx)) return fail(ARBITRARY_URLS_OFF, { cause: 'configuration-invalid' });
    const { url, verify_tls, hec_token, source_type, event_per_attribute, data_extraction_model } = ctx.params;
    if (php.phpEmpty(url)) return fail('URL not provided.', { cause: 'configuration-invalid' });
    if (php.phpEmpty(hec_token)) return fail('Authorization token not provided.', { cause: 'configuration-invalid' });
    let events = splunkEvents(ctx.data.get(), !php.phpEmpty(event_per_attribute));
    if (!php.phpEmpty(data_extraction_model)) {
      const extracted = applyExtractionModel(events, data_extraction_model);
      if (!extracted.ok) return fail(extracted.message, { cause: 'configuration-invalid' });
      events = extracted.events;
    }
    for (const event of events) {
      const result = await sendWebhook(ctx, {
        url,
        contentType: 'json',
        payload: php.phpEmpty(source_type) ? { event } : { event, sourcetype: source_type },
        headers: { Authorization: `Splunk ${hec_token}` },
        method: 'post',
        allowSelfSigned: php.phpEmpty(verify_tls),
      });
      if (result.kind !== 'ok') return result;
    }
    return ok();
  },
});
