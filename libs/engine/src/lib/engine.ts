export function engine(): string {
  return 'engine';
}
