export { parseCliOptions, startCli, type CliOptions } from './cli';
export { describeDebugCall, formatRejected, formatRequest, prettyJson, type FormatOptions } from './format-request';
export {
  createWebhookListener,
  DEFAULT_HOST,
  DEFAULT_PORT,
  type JsonValue,
  type ReceivedRequest,
  type RejectedRequest,
  type WebhookListener,
  type WebhookListenerOptions,
} from './webhook-listener';
