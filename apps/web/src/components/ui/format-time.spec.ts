import { formatDateTime, formatDuration } from './format-time';

describe('formatDateTime', () => {
  it('formats ISO strings and unix seconds in local time', () => {
    const iso = new Date(2026, 10, 22, 9, 3, 7).toISOString();
    expect(formatDateTime(iso)).toBe('2026-11-22 09:03:07');
    expect(formatDateTime(new Date(2026, 0, 2, 3, 4, 5).getTime() / 1000)).toBe('2026-01-02 03:04:05');
  });

  it('shows a dash for missing values and keeps unparsable text', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime('')).toBe('—');
    expect(formatDateTime('yesterday-ish')).toBe('yesterday-ish');
  });
});

describe('formatDuration', () => {
  it.each([
    [0.42, '0.4 ms'],
    [12.4, '12 ms'],
    [999.6, '1000 ms'],
    [1250, '1.25 s'],
    [2000, '2 s'],
    [1500, '1.5 s'],
    [125_000, '2 min 5 s'],
    [120_000, '2 min'],
  ])('%p ms → %p', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('shows a dash for nonsense', () => {
    expect(formatDuration(-1)).toBe('—');
    expect(formatDuration(Number.NaN)).toBe('—');
    expect(formatDuration(undefined)).toBe('—');
  });
});
