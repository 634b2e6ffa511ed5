import type { ReactNode } from 'react';
import type { Tone } from './tone';
import './data-views.css';

export type { Tone };

/** A small coloured label (outcomes, sources, overhead); the text carries the meaning, not the colour. */
export function ToneBadge({ tone = 'neutral', title, children }: { tone?: Tone; title?: string; children: ReactNode }) {
  return (
    <span className={`tone tone-${tone}`} title={title}>
      {children}
    </span>
  );
}
