// The API's shapes, from `@misp-wf/contracts` (the one definition the API returns): a row of
// `GET /triggers` (contract §4) and a row of `GET /workflows` (no graph).
export type { TriggerView as TriggerRow, WorkflowSummary } from '@misp-wf/contracts';
