/** MISP's IF modules all share this description, only the subject changes. */
export function ifDescription(subject: string): string {
  return `${subject} IF / ELSE condition block. The \`then\` output will be used if the encoded conditions is satisfied, otherwise the \`else\` output will be used.`;
}
