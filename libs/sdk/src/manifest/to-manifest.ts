import type { ModuleDefinition } from '../definition/module-definition';
import type { ParamSpec } from '../params/param-types';
import { SDK_VERSION } from '../version';
import { ModuleManifest, type ManifestParam } from './module-manifest.schema';

/** The manifest of a module definition, validated against the `ModuleManifest` schema. */
export function toManifest<P extends Record<string, ParamSpec>>(definition: ModuleDefinition<P>): ModuleManifest {
  const type = definition.type;
  const manifest = {
    id: definition.id,
    version: definition.version,
    sdk_version: SDK_VERSION,
    module_type: type,
    name: definition.name,
    description: definition.description,
    icon: definition.icon ?? '',
    blocking: definition.blocking ?? false,
    support_filters: definition.supportFilters ?? false,
    expect_misp_core_format: definition.expectMispCoreFormat ?? false,
    multiple_output_connection: definition.multipleOutputConnection ?? false,
    inputs: type === 'trigger' ? 0 : 1,
    outputs: definition.outputs ?? (type === 'logic' ? 2 : 1),
    params: Object.entries<ParamSpec>(definition.params ?? {}).map(([id, spec]) => toManifestParam(id, spec)),
  };
  return ModuleManifest.parse(manifest);
}

function toManifestParam(id: string, spec: ParamSpec): ManifestParam {
  const out: ManifestParam = {
    id,
    type: spec.kind,
    label: spec.label,
    required: spec.required ?? false,
    jinja_supported: spec.jinja ?? false,
  };
  if (spec.help !== undefined) out.help = spec.help;
  if (spec.placeholder !== undefined) out.placeholder = spec.placeholder;
  if (spec.default !== undefined) out.default = spec.default;
  if (spec.displayOn !== undefined) out.display_on = spec.displayOn;
  if (spec.kind === 'select' || spec.kind === 'radio') out.options = [...spec.options];
  if (spec.kind === 'picker') {
    out.multiple = true;
    if (spec.options) out.options = [...spec.options];
    if (spec.optionsSource) out.options_source = spec.optionsSource;
    if (spec.allowCreate) out.picker_create_new = true;
  }
  if (spec.kind === 'hashpath' && spec.subSelector) out.is_sub_selector = true;
  return out;
}
