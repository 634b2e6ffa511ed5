export { createTestContext, runModule, type TestContext, type TestContextOptions } from './create-test-context';
export { fakeMisp, type FakeMisp } from './fake-misp';
export { coreEvent, type TestAttribute } from './core-format-builders';
