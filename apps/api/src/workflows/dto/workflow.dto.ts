import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageParam } from '../../common/http/page-param';

/** The graph in MISP's stored format; its shape is checked by the engine's `parseGraph`, not here. */
const graphData = z.record(z.unknown(), { invalid_type_error: 'data must be the stored graph: an object keyed by node id' });

export const CreateWorkflowSchema = z.object({
  name: z.string().trim().min(1).max(191),
  description: z.string().max(191).optional(),
  trigger_id: z.string().min(1).max(191),
  data: graphData,
  debug_enabled: z.boolean().optional(),
});
export class CreateWorkflowDto extends createZodDto(CreateWorkflowSchema) {}

export const UpdateWorkflowSchema = CreateWorkflowSchema.partial();
export class UpdateWorkflowDto extends createZodDto(UpdateWorkflowSchema) {}

export const CheckGraphSchema = z.object({ graph: graphData });
export class CheckGraphDto extends createZodDto(CheckGraphSchema) {}

export const ListWorkflowsSchema = z.object({
  page: pageParam,
  limit: z.coerce.number().int().min(1).max(200).default(50),
  trigger_id: z.string().optional(),
});
export class ListWorkflowsQuery extends createZodDto(ListWorkflowsSchema) {}

/** The file `GET /workflows/:id/export` writes and `POST /workflows/import` reads (MISP has no such file). */
export const WORKFLOW_FILE_FORMAT = 'misp-workflow-platform/workflow@1';
export const WorkflowFileSchema = z.object({
  format: z.literal(WORKFLOW_FILE_FORMAT),
  workflow: CreateWorkflowSchema,
});
export class WorkflowFileDto extends createZodDto(WorkflowFileSchema) {}

export const ExecuteWorkflowSchema = z.object({ data: z.unknown().refine((v) => v !== undefined, { message: 'Required' }) });
export class ExecuteWorkflowDto extends createZodDto(ExecuteWorkflowSchema) {}
