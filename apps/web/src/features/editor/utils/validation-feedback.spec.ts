import { ApiClientError } from '../../../lib/api-client';
import { saveErrorFeedback } from './validation-feedback';

describe('saveErrorFeedback', () => {
  it('shows MISP\'s message and the cycle of a 422', () => {
    const error = new ApiClientError(422, 'invalid_graph', 'Cannot save a workflow containing a cycle', {
      is_acyclic: { is_acyclic: false, cycles: [[3, 2, 'Cycle'], [2, 3, 'Cycle']] },
      multiple_output_connection: { has_multiple_output_connection: false, edges: [] },
      path_warnings: { has_path_warnings: false, edges: [] },
    });
    expect(saveErrorFeedback(error)).toEqual({
      title: 'Failed to save the workflow: Cannot save a workflow containing a cycle',
      lines: ['Cycle: node 3 → node 2', 'Cycle: node 2 → node 3'],
    });
  });

  it('lists the multiple-connection edges and path warnings of a 422', () => {
    const error = new ApiClientError(422, 'invalid_graph', 'Cannot save a workflow having more than one connection per output', {
      is_acyclic: { is_acyclic: true, cycles: [] },
      multiple_output_connection: { has_multiple_output_connection: true, edges: { '2': [3, 4] } },
      path_warnings: { has_path_warnings: true, edges: [['5', '6', 'x', true, 'stop-execution', 6]] },
    });
    expect(saveErrorFeedback(error).lines).toEqual(['Multiple connections: node 2 → nodes 3, 4', '1 path warning(s): a blocking node after a concurrent task']);
  });

  it.each([
    ['field list', { errors: [{ path: 'name', message: 'Required' }] }, ['name: Required']],
    ['engine errors as strings', { errors: ['node 3: data must be an object'] }, ['node 3: data must be an object']],
    ['a bare list', [{ path: 'data', message: 'bad' }], ['data: bad']],
  ])('shows the %s of a 400', (_name, details, lines) => {
    expect(saveErrorFeedback(new ApiClientError(400, 'validation_failed', 'Invalid workflow graph', details))).toEqual({ title: 'Failed to save the workflow: Invalid workflow graph', lines });
  });

  it('explains a 403 and passes other errors through', () => {
    expect(saveErrorFeedback(new ApiClientError(403, 'forbidden', 'Admin role required')).title).toContain('your key may not save workflows');
    expect(saveErrorFeedback(new Error('boom'))).toEqual({ title: 'Failed to save the workflow: boom', lines: [] });
  });
});
