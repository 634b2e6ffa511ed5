import { php } from '@misp-wf/engine';
import { z } from 'zod';
import type { IndexManifest, IndexParam } from '../module-index.types';
import { humanize, slug, underscore } from './inflector';

/** A param of a misp-modules action module, as MISP's workflow code reads it. */
export type RemoteParam = { id: string; label: string; hashPath: boolean; jinja: boolean };

/** A misp-modules action module as a workflow module: the name to query and MISP's descriptor. */
export type RemoteModuleSpec = { name: string; manifest: IndexManifest; params: RemoteParam[] };

export type RemoteTranslation =
  | { kind: 'action'; spec: RemoteModuleSpec }
  | { kind: 'invalid'; name: string; error: string }
  | { kind: 'not-action' };

const ParamConfig = z.object({ type: z.unknown().optional(), value: z.unknown().optional(), jinja_supported: z.unknown().optional() });
const ActionConfig = z.object({
  // PHP decodes an empty Python dict `{}` and an empty list `[]` alike.
  params: z.union([z.record(z.string(), ParamConfig), z.array(z.unknown()).max(0)]).optional(),
  blocking: z.unknown().optional(),
  support_filters: z.unknown().optional(),
  expect_misp_core_format: z.unknown().optional(),
});
const Entry = z.object({
  name: z.string().min(1),
  meta: z.object({
    'module-type': z.array(z.unknown()).optional(),
    description: z.unknown().optional(),
    version: z.unknown().optional(),
    icon: z.unknown().optional(),
    icon_class: z.unknown().optional(),
    inputs: z.unknown().optional(),
    outputs: z.unknown().optional(),
    config: z.unknown().optional(),
  }),
});

/** Is this `GET /modules` entry an action module (MISP: `meta["module-type"]` contains `action`)? */
export function isActionEntry(entry: unknown): boolean {
  const parsed = Entry.safeParse(entry);
  return parsed.success && (parsed.data.meta['module-type'] ?? []).includes('action');
}

/**
 * MISP's `Module_misp_module` constructor (spec §12.4): id `Inflector::underscore(name)`, flags from
 * `meta.config`, params with slugged ids, humanized labels and the module's value as a mere placeholder.
 */
export function translateRemoteModule(entry: unknown): RemoteTranslation {
  const parsed = Entry.safeParse(entry);
  if (!parsed.success) return { kind: 'not-action' };
  const { name, meta } = parsed.data;
  if (!(meta['module-type'] ?? []).includes('action')) return { kind: 'not-action' };
  const config = ActionConfig.safeParse(meta.config ?? {});
  if (!config.success) {
    const issue = config.error.issues[0];
    return { kind: 'invalid', name, error: `misp-modules module \`${name}\` has an unusable meta.config (${issue.path.join('.') || 'config'}: ${issue.message})` };
  }
  const entries = Array.isArray(config.data.params) ? [] : Object.entries(config.data.params ?? {});
  const params = entries.map(([paramName, p]) => toParam(paramName, p));
  const truthy = (v: unknown) => !php.phpEmpty(v);
  const manifest: IndexManifest = {
    id: underscore(name),
    version: text(meta.version),
    sdk_version: '',
    module_type: 'action',
    name,
    description: text(meta.description),
    icon: text(meta.icon) || 'python',
    icon_class: text(meta.icon_class) || 'fab',
    blocking: truthy(config.data.blocking),
    support_filters: truthy(config.data.support_filters),
    expect_misp_core_format: truthy(config.data.expect_misp_core_format),
    multiple_output_connection: false,
    // MISP's quirk: `meta.outputs`, when present, sets the number of *inputs*; outputs stay 1.
    inputs: count(meta.outputs) ?? count(meta.inputs) ?? 1,
    outputs: 1,
    params: params.map((p) => p.manifest),
    is_custom: false,
    is_misp_module: true,
  };
  return { kind: 'action', spec: { name, manifest, params: params.map((p) => p.param) } };
}

function toParam(paramName: string, config: z.infer<typeof ParamConfig>): { param: RemoteParam; manifest: IndexParam } {
  const id = slug(underscore(paramName));
  const label = humanize(paramName);
  const hashPath = config.type === 'hash_path';
  const jinja = config.jinja_supported !== undefined && !php.phpEmpty(config.jinja_supported);
  const manifest: IndexParam = {
    id,
    type: config.type === 'large_string' ? 'textarea' : 'input',
    label,
    placeholder: text(config.value),
    required: false,
    jinja_supported: jinja,
    ...(hashPath ? { _isHashPath: true } : {}),
  };
  return { param: { id, label, hashPath, jinja }, manifest };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function count(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}
