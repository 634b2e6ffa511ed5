/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { PickerField } from './picker-field';

const TAGS = Array.from({ length: 20_000 }, (_, i) => ({ value: `tag-${i}`, label: i === 12_345 ? 'tlp:red' : `misp-galaxy:threat-actor="Actor ${i}"` }));

function Harness({ allowCreate = false, onValue }: { allowCreate?: boolean; onValue?: (v: string[]) => void }) {
  const [value, setValue] = useState<string[]>([]);
  return (
    <PickerField
      id="tags"
      label="Tags"
      value={value}
      options={TAGS}
      allowCreate={allowCreate}
      onChange={(v) => {
        setValue(v);
        onValue?.(v);
      }}
    />
  );
}

describe('PickerField with 20,000 tags (MISP#10269)', () => {
  it('renders a bounded list and narrows it as the user types', () => {
    render(<Harness />);
    const input = screen.getByRole('combobox');
    fireEvent.focus(input);
    expect(screen.getAllByRole('option')).toHaveLength(50);
    expect(screen.getByText('Showing 50 of 20000: keep typing to narrow the list')).toBeTruthy();

    const started = performance.now();
    for (const q of ['t', 'tl', 'tlp', 'tlp:', 'tlp:r']) act(() => void fireEvent.change(input, { target: { value: q } }));
    // Five keystrokes, each filtering 20,000 options and re-rendering: well within interactive budgets.
    expect(performance.now() - started).toBeLessThan(2500);
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['tlp:red']);
  });

  it('picks with the keyboard and shows the choice as a removable chip', () => {
    const seen: string[][] = [];
    render(<Harness onValue={(v) => seen.push(v)} />);
    const input = screen.getByRole('combobox');
    fireEvent.change(input, { target: { value: 'Actor 19999' } });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(seen.at(-1)).toEqual(['tag-19999']);
    expect(screen.getByRole('button', { name: 'Remove misp-galaxy:threat-actor="Actor 19999"' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove misp-galaxy:threat-actor="Actor 19999"' }));
    expect(seen.at(-1)).toEqual([]);
  });

  it('accepts a free entry when the module allows new values', () => {
    const seen: string[][] = [];
    render(<Harness allowCreate onValue={(v) => seen.push(v)} />);
    const input = screen.getByRole('combobox');
    fireEvent.change(input, { target: { value: 'my:new-tag' } });
    expect(screen.getByText('Add “my:new-tag”')).toBeTruthy();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(seen.at(-1)).toEqual(['my:new-tag']);
  });
});
