import { defineModule, fail, ok, param, type HttpResponse } from '@misp-wf/sdk';
import { causeForStatus, requestFailure, toHttpRequest } from '../webhook/webhook-request';

const TELEGRAM_API = 'https://api.telegram.org/';

/**
 * Telegram Send Alert (spec §12.6): POSTs `{chat_id, text, parse_mode: "HTML"}` as JSON to the Bot API's
 * `sendMessage`. Like MISP it does not consult `Security.rest_client_enable_arbitrary_urls` (the URL is fixed);
 * the platform's HTTP guard still applies. Its failure messages differ from the webhook's, as in MISP.
 */
export const telegramSendAlert = defineModule({
  id: 'telegram-send-alert',
  version: '0.1.0',
  type: 'action',
  name: 'Telegram Send Alert',
  description: 'Send a message alert to a Telegram channel',
  icon: 'paper-plane',
  params: {
    bot_token: param.input({ label: 'Telegram Bot Token', placeholder: 'bot123:ABC' }),
    chat_id: param.input({ label: 'Telegram Chat id', placeholder: '123' }),
    message_body_template: param.textarea({
      label: 'Message Body Template',
      placeholder: 'Template rendered using Jinja2',
      jinja: true,
    }),
  },
  run: async (ctx) => {
    const { bot_token, chat_id, message_body_template } = ctx.params;
    const request = toHttpRequest({
      url: `${TELEGRAM_API}bot${bot_token}/sendMessage`,
      contentType: 'json',
      payload: { chat_id, text: message_body_template, parse_mode: 'HTML' },
    });
    let response: HttpResponse;
    try {
      response = await ctx.http.request(request);
    } catch (error) {
      // MISP lets the exception escape to the engine; the webhook's messages say the same without a stack.
      return requestFailure(error);
    }
    if (response.status >= 200 && response.status < 300) return ok();
    if (response.status === 401) return fail('Authentication failed', { cause: 'credential-invalid' });
    return fail(`Something went wrong with the request: ${response.body}`, { cause: causeForStatus(response.status) });
  },
});
