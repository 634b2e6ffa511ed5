import { z } from 'zod';

/** One param as the API serves it and the editor renders it (MISP's param field names). */
export const ManifestParam = z.object({
  id: z.string(),
  type: z.enum(['input', 'textarea', 'checkbox', 'select', 'radio', 'picker', 'hashpath']),
  label: z.string(),
  help: z.string().optional(),
  placeholder: z.string().optional(),
  default: z.union([z.string(), z.boolean(), z.array(z.string())]).optional(),
  required: z.boolean(),
  jinja_supported: z.boolean(),
  options: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
  options_source: z.string().optional(),
  multiple: z.boolean().optional(),
  picker_create_new: z.boolean().optional(),
  is_sub_selector: z.boolean().optional(),
  display_on: z.record(z.array(z.string())).optional(),
});
export type ManifestParam = z.infer<typeof ManifestParam>;

/** The JSON description of a module (`GET /modules/:id`): everything but the code. */
export const ModuleManifest = z.object({
  id: z.string(),
  version: z.string(),
  sdk_version: z.string(),
  module_type: z.enum(['trigger', 'logic', 'action']),
  name: z.string(),
  description: z.string(),
  icon: z.string(),
  blocking: z.boolean(),
  support_filters: z.boolean(),
  expect_misp_core_format: z.boolean(),
  multiple_output_connection: z.boolean(),
  inputs: z.number().int(),
  outputs: z.number().int(),
  params: z.array(ManifestParam),
});
export type ModuleManifest = z.infer<typeof ModuleManifest>;
