/** @jest-environment jsdom */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { SourcedPickerField } from './sourced-picker-field';

type Option = { value: string; label: string };
type Reply = { status: number; body: unknown; delayMs?: number };

/**
 * A stand-in for the API's `GET /api/v1/modules/options/:source` behind `fetch`: it searches its lists as the
 * API does (case-insensitive substring of label or value, at most `limit`) and records every call.
 */
function fakeOptionsApi(lists: Record<string, Option[]>, override?: (source: string, search: string) => Reply | undefined) {
  const calls: { source: string; search: string; limit: number }[] = [];
  const fetchImpl = async (input: string) => {
    const url = new URL(input, 'http://editor.test');
    const source = decodeURIComponent(url.pathname.split('/').pop() ?? '');
    const search = url.searchParams.get('search') ?? '';
    const limit = Number(url.searchParams.get('limit') ?? 50);
    calls.push({ source, search, limit });
    let reply = override?.(source, search);
    if (!reply) {
      const list = lists[source];
      if (!list) reply = { status: 404, body: { error: { code: 'not_found', message: `Unknown option source "${source}"` } } };
      else {
        const q = search.toLowerCase();
        const matches = list.filter((o) => `${o.label}\u0000${o.value}`.toLowerCase().includes(q));
        reply = { status: 200, body: { data: matches.slice(0, limit), total: matches.length, source } };
      }
    }
    const { status, body, delayMs } = reply;
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
    return { status, ok: status >= 200 && status < 300, text: async () => JSON.stringify(body) };
  };
  return { calls, fetchImpl };
}

const TAGS: Option[] = Array.from({ length: 20_000 }, (_, i) => ({ value: `workflow:tag-${i}`, label: `workflow:tag-${i}` }));
const ORGS: Option[] = [
  { value: '1', label: 'ORGNAME' },
  { value: '3', label: 'CIRCL' },
];

function Harness({ source, staticOptions = [], initial = [], onValue }: { source: string; staticOptions?: Option[]; initial?: string[]; onValue?: (v: string[]) => void }) {
  const [value, setValue] = useState<string[]>(initial);
  return (
    <SourcedPickerField
      id="p"
      label="Picked"
      source={source}
      value={value}
      staticOptions={staticOptions}
      allowCreate={false}
      onChange={(v) => {
        setValue(v);
        onValue?.(v);
      }}
    />
  );
}

function renderWithApi(api: ReturnType<typeof fakeOptionsApi>, ui: React.ReactElement) {
  (globalThis as { fetch?: unknown }).fetch = api.fetchImpl;
  const client = new QueryClient({ defaultOptions: { queries: { gcTime: Infinity } } });
  return render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
}

const optionTexts = () => screen.queryAllByRole('option').map((o) => o.textContent);

afterEach(() => {
  delete (globalThis as { fetch?: unknown }).fetch;
});

describe('SourcedPickerField', () => {
  it('searches on the server once the user pauses, showing the server total of 20,000 tags', async () => {
    const api = fakeOptionsApi({ tags: TAGS });
    renderWithApi(api, <Harness source="tags" />);
    const input = screen.getByRole('combobox');
    fireEvent.focus(input);
    await screen.findByText('Showing 50 of 20000: keep typing to narrow the list');
    expect(api.calls).toEqual([{ source: 'tags', search: '', limit: 100 }]);

    for (const q of ['t', 'ta', 'tag-1999']) fireEvent.change(input, { target: { value: q } });
    expect(screen.getByText('Searching…')).toBeTruthy();
    expect(input.getAttribute('aria-busy')).toBe('true');
    await waitFor(() => expect(optionTexts()).toHaveLength(11));
    // One request for the pause after "tag-1999", none for the keystrokes before it.
    expect(api.calls.map((c) => c.search)).toEqual(['', 'tag-1999']);
    expect(optionTexts()).toContain('workflow:tag-19995');
    expect(input.getAttribute('aria-busy')).toBe('false');
  });

  it('puts the module options first, picks a fetched option and keeps its label after the search moves on', async () => {
    const api = fakeOptionsApi({ organisations: ORGS });
    const seen: string[][] = [];
    renderWithApi(api, <Harness source="organisations" staticOptions={[{ value: 'ALL', label: 'ALL' }]} onValue={(v) => seen.push(v)} />);
    const input = screen.getByRole('combobox');
    fireEvent.focus(input);
    await waitFor(() => expect(optionTexts()).toEqual(['ALL', 'ORGNAME', 'CIRCL']));
    fireEvent.change(input, { target: { value: 'circ' } });
    await waitFor(() => expect(api.calls.map((c) => c.search)).toContain('circ'));
    await waitFor(() => expect(optionTexts()).toEqual(['CIRCL']));
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(seen.at(-1)).toEqual(['3']);
    fireEvent.change(input, { target: { value: 'org' } });
    await waitFor(() => expect(api.calls.map((c) => c.search)).toContain('org'));
    // The chip still reads CIRCL although the last answer does not hold organisation 3.
    expect(screen.getByRole('button', { name: 'Remove CIRCL' })).toBeTruthy();
    // A typed value that is not in an available list is not taken.
    fireEvent.change(input, { target: { value: 'Unknown org' } });
    await waitFor(() => expect(api.calls.map((c) => c.search)).toContain('Unknown org'));
    await waitFor(() => expect(screen.queryByText('Searching…')).toBeNull());
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(seen.at(-1)).toEqual(['3']);
  });

  it('accepts typed values and says why when the API cannot load the list', async () => {
    const warning = 'The tags list could not be loaded from MISP: MISP is not configured: set MISP.url and MISP.api_key';
    const api = fakeOptionsApi({}, (source) => (source === 'tags' ? { status: 200, body: { data: [], total: 0, source, warning } } : undefined));
    const seen: string[][] = [];
    renderWithApi(api, <Harness source="tags" onValue={(v) => seen.push(v)} />);
    const notice = await screen.findByRole('status');
    expect(notice.querySelector('summary')?.textContent).toBe('No tags list: type a value and press Enter');
    expect(notice.textContent).toContain(warning);
    const input = screen.getByRole('combobox');
    fireEvent.change(input, { target: { value: 'tlp:red' } });
    await screen.findByText('Add “tlp:red”');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(seen.at(-1)).toEqual(['tlp:red']);
  });

  it('keeps offering an older list MISP could not refresh, and says so', async () => {
    const warning = 'Showing the tags list loaded at 2024-01-01T00:00:00.000Z: MISP could not be asked again (MISP is temporarily unavailable (503))';
    const api = fakeOptionsApi({}, (source) => ({ status: 200, body: { data: [{ value: 'tlp:red', label: 'tlp:red' }], total: 1, source, warning } }));
    renderWithApi(api, <Harness source="tags" />);
    const notice = await screen.findByRole('status');
    expect(notice.querySelector('summary')?.textContent).toBe('Showing an older tags list');
    expect(notice.textContent).toContain(warning);
    const input = screen.getByRole('combobox');
    fireEvent.focus(input);
    expect(optionTexts()).toEqual(['tlp:red']);
    fireEvent.change(input, { target: { value: 'tlp:new' } });
    expect(screen.queryByText('Add “tlp:new”')).toBeNull();
  });

  it('falls back to typed values at once, without retrying, when the source is unknown to the API', async () => {
    const api = fakeOptionsApi({});
    const seen: string[][] = [];
    renderWithApi(api, <Harness source="colours" onValue={(v) => seen.push(v)} />);
    const notice = await screen.findByRole('status');
    expect(notice.querySelector('summary')?.textContent).toBe('No colours list: type a value and press Enter');
    expect(notice.textContent).toContain('The colours list is unavailable: Unknown option source "colours"');
    expect(api.calls).toHaveLength(1);
    const input = screen.getByRole('combobox');
    fireEvent.change(input, { target: { value: 'blue' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(seen.at(-1)).toEqual(['blue']);
  });

  it('takes a typed value before the first answer arrives, then shows the list', async () => {
    const api = fakeOptionsApi({ tags: TAGS }, (source, search) => (search === '' ? { status: 200, body: { data: TAGS.slice(0, 100), total: TAGS.length, source }, delayMs: 300 } : undefined));
    const seen: string[][] = [];
    renderWithApi(api, <Harness source="tags" onValue={(v) => seen.push(v)} />);
    const input = screen.getByRole('combobox');
    fireEvent.change(input, { target: { value: 'my:tag' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(seen.at(-1)).toEqual(['my:tag']);
    fireEvent.focus(input);
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    await waitFor(() => expect(optionTexts()).toHaveLength(50));
  });
});
