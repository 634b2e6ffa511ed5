// The API's execution shapes, from `@misp-wf/contracts` (the one definition the API returns).
export type { ExecutionDetail, ExecutionSummary, ExecutionStepView as ExecutionStep, RunOutcome as Outcome, StepStatus } from '@misp-wf/contracts';
