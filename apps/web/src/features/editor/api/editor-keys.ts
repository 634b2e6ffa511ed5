/** Query keys of the editor's server state (one helper per feature, rule 33). */
export const editorKeys = {
  workflows: ['workflows'] as const,
  workflowList: (page: number) => ['workflows', 'list', page] as const,
  workflow: (id: string) => ['workflows', 'detail', id] as const,
  modules: ['modules'] as const,
  moduleOptions: (source: string, search: string) => ['modules', 'options', source, search] as const,
  triggers: ['triggers'] as const,
  blueprints: ['blueprints', 'all'] as const,
  execution: (id: string) => ['executions', 'detail', id] as const,
};
