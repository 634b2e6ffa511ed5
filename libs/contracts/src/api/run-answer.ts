export type RunOutcome = 'success' | 'blocked' | 'failure';

/** The answer of `POST /workflows/:id/execute` (MISP's executeWorkflow). */
export type RunAnswer = { success: boolean; outcome: RunOutcome; errors: string[]; execution_id: string };
