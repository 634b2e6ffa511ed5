import { MISP_TRIGGER_IDS } from '@misp-wf/contracts';
import { TRIGGER_DEFINITIONS } from '@misp-wf/engine';

// The editor gets trigger ids from libs/contracts (it may not import the engine); the engine owns the
// full definitions. The API sees both, so this is where they are kept in step.
describe('trigger lists', () => {
  it('contracts and engine list the same 17 triggers in the same order', () => {
    expect(TRIGGER_DEFINITIONS.map((t) => t.id)).toEqual([...MISP_TRIGGER_IDS]);
  });
});
