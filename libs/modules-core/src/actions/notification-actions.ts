import type { BuiltinModule } from '../shared/builtin-module.types';
import { msTeamsWebhook } from './ms-teams-webhook/ms-teams-webhook.module';
import { pushZmq } from './push-zmq/push-zmq.module';
import { sendMail } from './send-mail/send-mail.module';
import { splunkHecExport } from './splunk-hec-export/splunk-hec-export.module';
import { telegramSendAlert } from './telegram-send-alert/telegram-send-alert.module';
import { webhook } from './webhook/webhook.module';

export { msTeamsWebhook, pushZmq, sendMail, splunkHecExport, telegramSendAlert, webhook };

/** Notification and export actions (spec §12.6). See the folder of each module for its behaviour and tests. */
export const NOTIFICATION_ACTIONS: readonly BuiltinModule[] = [webhook, msTeamsWebhook, telegramSendAlert, splunkHecExport, pushZmq, sendMail];
