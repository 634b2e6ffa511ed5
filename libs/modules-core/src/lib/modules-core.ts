export function modulesCore(): string {
  return 'modules-core';
}
