import { MISP_TRIGGER_IDS } from '../triggers/trigger-ids';

export type SettingType = 'boolean' | 'string' | 'numeric';
export type SettingValue = boolean | string | number;

export type SettingDefinition = {
  name: string;
  type: SettingType;
  default: SettingValue;
  description: string;
  /** Write-only: never returned by the API. */
  sensitive?: boolean;
  /** For strings: must be an http(s) URL (empty allowed when `allowEmpty`). */
  format?: 'url';
  allowEmpty?: boolean;
  min?: number;
  max?: number;
  /** Where the name and default come from: MISP itself, or this platform. */
  origin: 'misp' | 'platform';
  /** Environment variable that seeds the value when nothing is stored. */
  env?: string;
};

const triggerSettings: SettingDefinition[] = MISP_TRIGGER_IDS.map((id) => ({
  name: `Plugin.Workflow_triggers_${id}`,
  type: 'boolean',
  default: false,
  description: `Enable/disable the \`${id}\` trigger`,
  origin: 'misp',
}));

/** Every setting the platform knows, with MISP's names and defaults where MISP has them. */
export const SETTING_DEFINITIONS: readonly SettingDefinition[] = [
  {
    name: 'Plugin.Workflow_enable',
    type: 'boolean',
    default: false,
    description: 'Enable/disable workflow feature. [experimental]',
    origin: 'misp',
  },
  {
    name: 'Plugin.Workflow_debug_url',
    type: 'string',
    format: 'url',
    default: 'http://127.0.0.1:27051',
    description: 'Set the debug URL where info about workflow execution will be POSTed',
    origin: 'misp',
  },
  ...triggerSettings,
  {
    name: 'Plugin.Workflow_blocking_timeout',
    type: 'numeric',
    default: 10,
    min: 1,
    max: 300,
    description: 'Seconds a blocking workflow may run before it ends as a failure',
    origin: 'platform',
  },
  {
    name: 'Plugin.Workflow_execution_retention_days',
    type: 'numeric',
    default: 30,
    min: 1,
    max: 3650,
    description: 'Days execution records are kept before the cleanup job deletes them',
    origin: 'platform',
  },
  {
    name: 'Plugin.Workflow_misp_modules_secret',
    type: 'string',
    default: '',
    sensitive: true,
    description:
      'Optional shared secret required on the misp-modules-compatible surface (/modules, /query); empty = open',
    origin: 'platform',
  },
  {
    name: 'Plugin.Workflow_custom_module_packages',
    type: 'string',
    default: '',
    description:
      'Comma-separated npm packages to load custom modules from (installed next to the platform or in DATA_DIR; each declares `mispWorkflows` in its package.json)',
    origin: 'platform',
  },
  {
    name: 'Plugin.Action_services_enable',
    type: 'boolean',
    default: false,
    description: 'Enable/disable the action services',
    origin: 'misp',
  },
  {
    name: 'Plugin.Action_services_url',
    type: 'string',
    format: 'url',
    default: 'http://127.0.0.1',
    description:
      'The url used to access the action services. By default, it is accessible at http://127.0.0.1:6666',
    origin: 'misp',
  },
  {
    name: 'Plugin.Action_services_port',
    type: 'numeric',
    default: 6666,
    min: 1,
    max: 65535,
    description:
      'The port used to access the action services. By default, it is accessible at 127.0.0.1:6666',
    origin: 'misp',
  },
  {
    name: 'Plugin.Action_timeout',
    type: 'numeric',
    default: 10,
    min: 1,
    max: 600,
    description: 'Set a timeout for the action services',
    origin: 'misp',
  },
  {
    name: 'Plugin.Action_services_fail_open',
    type: 'boolean',
    default: false,
    description:
      'When the misp-modules server cannot be reached, let the node succeed (MISP behaviour) instead of failing it',
    origin: 'platform',
  },
  {
    name: 'Plugin.ZeroMQ_enable',
    type: 'boolean',
    default: false,
    description: 'Enable the ZeroMQ publisher that push-zmq publishes on (topic misp_json_workflow)',
    origin: 'misp',
  },
  {
    name: 'Plugin.ZeroMQ_host',
    type: 'string',
    default: '127.0.0.1',
    description: 'Address the ZeroMQ publisher binds to (empty = 127.0.0.1; * = every interface)',
    origin: 'misp',
  },
  {
    name: 'Plugin.ZeroMQ_port',
    type: 'numeric',
    default: 50000,
    min: 1,
    max: 65535,
    description: 'TCP port the ZeroMQ publisher binds to',
    origin: 'misp',
  },
  {
    name: 'MISP.email',
    type: 'string',
    default: '',
    description: 'Sender (From) address of the mails the platform sends (send-mail); required to send mail',
    origin: 'misp',
  },
  {
    name: 'Mail.smtp_host',
    type: 'string',
    default: '',
    description: 'SMTP server that sends the mails of send-mail; empty = mail is not configured',
    origin: 'platform',
  },
  {
    name: 'Mail.smtp_port',
    type: 'numeric',
    default: 25,
    min: 1,
    max: 65535,
    description: 'SMTP server port (25, 587 for submission, 465 with Mail.smtp_secure)',
    origin: 'platform',
  },
  {
    name: 'Mail.smtp_secure',
    type: 'boolean',
    default: false,
    description: 'Connect with TLS from the start (SMTPS); when off, STARTTLS is used if the server offers it',
    origin: 'platform',
  },
  {
    name: 'Mail.smtp_user',
    type: 'string',
    default: '',
    description: 'SMTP login; empty = no authentication',
    origin: 'platform',
  },
  {
    name: 'Mail.smtp_password',
    type: 'string',
    default: '',
    sensitive: true,
    description: 'SMTP password for Mail.smtp_user',
    origin: 'platform',
  },
  {
    name: 'Security.rest_client_enable_arbitrary_urls',
    type: 'boolean',
    default: false,
    description: 'Allow modules (webhook, ms-teams-webhook, splunk-hec-export) to send requests to arbitrary URLs',
    origin: 'misp',
  },
  {
    name: 'MISP.url',
    type: 'string',
    format: 'url',
    allowEmpty: true,
    default: '',
    description: 'Base URL of the MISP instance that action modules call back',
    origin: 'misp',
    env: 'MISP_URL',
  },
  {
    name: 'MISP.api_key',
    type: 'string',
    default: '',
    sensitive: true,
    description: 'Automation key used to call the MISP REST API',
    origin: 'platform',
    env: 'MISP_API_KEY',
  },
  {
    name: 'MISP.verify_tls',
    type: 'boolean',
    default: true,
    description: "Verify the MISP instance's TLS certificate",
    origin: 'platform',
    env: 'MISP_VERIFY_TLS',
  },
  {
    name: 'MISP.request_timeout',
    type: 'numeric',
    default: 30,
    min: 1,
    max: 600,
    description: 'Seconds one call to the MISP REST API may take before it is abandoned (and retried)',
    origin: 'platform',
  },
  {
    name: 'Plugin.Enrichment_services_enable',
    type: 'boolean',
    default: false,
    description: 'Enable/disable the enrichment services',
    origin: 'misp',
  },
  {
    name: 'Plugin.Enrichment_services_url',
    type: 'string',
    format: 'url',
    default: 'http://127.0.0.1',
    description:
      'The url used to access the enrichment services. By default, it is accessible at http://127.0.0.1:6666',
    origin: 'misp',
  },
  {
    name: 'Plugin.Enrichment_services_port',
    type: 'numeric',
    default: 6666,
    min: 1,
    max: 65535,
    description:
      'The port used to access the enrichment services. By default, it is accessible at 127.0.0.1:6666',
    origin: 'misp',
  },
  {
    name: 'Plugin.Enrichment_timeout',
    type: 'numeric',
    default: 10,
    min: 1,
    max: 600,
    description: 'Set a timeout for the enrichment services',
    origin: 'misp',
  },
];

const byName = new Map(SETTING_DEFINITIONS.map((d) => [d.name, d]));

export function findSettingDefinition(name: string): SettingDefinition | undefined {
  return byName.get(name);
}
