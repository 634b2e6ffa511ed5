import { modulesCore } from './modules-core';

describe('modulesCore', () => {
  it('should work', () => {
    expect(modulesCore()).toEqual('modules-core');
  });
});
