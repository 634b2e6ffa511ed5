'use client';

import './data-views.css';

type Props = {
  checked: boolean;
  label: string;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  busy?: boolean;
  /** Shown next to the switch; the accessible name is always `label`. */
  text?: [on: string, off: string];
};

/** A checkbox with the switch role: Space toggles it, screen readers announce on/off. */
export function ToggleSwitch({ checked, label, onChange, disabled, busy, text = ['On', 'Off'] }: Props) {
  return (
    <label className={`switch${busy ? ' switch-busy' : ''}`}>
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        aria-label={label}
        aria-busy={busy || undefined}
        disabled={disabled || busy}
        onChange={(e) => onChange(e.target.checked)}
      />
      <span className="switch-track" aria-hidden />
      <span className="switch-text">{checked ? text[0] : text[1]}</span>
    </label>
  );
}
