/** The colour families of `ToneBadge`; pure helpers pick one without importing the component. */
export type Tone = 'neutral' | 'success' | 'warning' | 'danger' | 'info';
