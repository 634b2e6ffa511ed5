import { parseWorkflowFile, WORKFLOW_FILE_FORMAT } from './workflow-file';

describe('parseWorkflowFile', () => {
  it('reads an exported workflow file', () => {
    const text = JSON.stringify({ format: WORKFLOW_FILE_FORMAT, exported_at: 'x', workflow: { name: 'W', trigger_id: 'event-publish', data: { '1': {} }, debug_enabled: true } });
    expect(parseWorkflowFile(text)).toEqual({
      ok: true,
      file: { format: WORKFLOW_FILE_FORMAT, exported_at: 'x', workflow: { name: 'W', trigger_id: 'event-publish', data: { '1': {} }, debug_enabled: true } },
    });
  });

  it.each([
    ['not JSON', '{', 'The file is not JSON.'],
    ['a blueprint file', '{"WorkflowBlueprint":{"name":"x"}}', 'This is a blueprint file'],
    ['another format', '{"format":"other"}', 'Unknown file format'],
    ['no graph', JSON.stringify({ format: WORKFLOW_FILE_FORMAT, workflow: { name: 'W', trigger_id: 't' } }), 'no workflow with a name'],
  ])('explains %s', (_name, text, message) => {
    const parsed = parseWorkflowFile(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toContain(message);
  });
});
