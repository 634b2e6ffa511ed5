// Appends an object key to an error path the way a reader would write it in JS:
// `graph["53"].outputs.output_1`.
export function memberPath(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key)
    ? `.${key}`
    : `[${JSON.stringify(key)}]`;
}
