'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { SAMPLE_EVENTS } from '../utils/sample-events';

type Props = { open: boolean; dirty: boolean; busy: boolean; onClose: () => void; onRun: (data: unknown) => Promise<string | null> };

const DEFAULT_SAMPLE = SAMPLE_EVENTS[0];

/** "Run with data": paste the trigger's data (a MISP event) or start from a sample. */
export function RunDialog({ open, dirty, busy, onClose, onRun }: Props) {
  return (
    <Dialog open={open} title="Run with data" onClose={onClose} wide>
      {open && <RunForm dirty={dirty} busy={busy} onClose={onClose} onRun={onRun} />}
    </Dialog>
  );
}

function RunForm({ dirty, busy, onClose, onRun }: Omit<Props, 'open'>) {
  const [sample, setSample] = useState(DEFAULT_SAMPLE?.id ?? '');
  const [text, setText] = useState(() => JSON.stringify(DEFAULT_SAMPLE?.data ?? {}, null, 2));
  const [error, setError] = useState<string | null>(null);

  const pick = (id: string) => {
    setSample(id);
    const found = SAMPLE_EVENTS.find((s) => s.id === id);
    if (found) setText(JSON.stringify(found.data, null, 2));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      setError(`The data is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    setError(await onRun(data));
  };

  return (
    <form onSubmit={(e) => void submit(e)} aria-label="Run with data">
      <p className="help">The data is passed to the workflow as its trigger would pass it (raw MISP data; the trigger converts it to the MISP core format). The run is recorded like any other.</p>
      <label htmlFor="run-sample">Sample</label>
      <select id="run-sample" value={sample} onChange={(e) => pick(e.target.value)}>
        {SAMPLE_EVENTS.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label}
          </option>
        ))}
        <option value="">(my own data)</option>
      </select>
      <label htmlFor="run-data">Data (JSON)</label>
      <textarea
        id="run-data"
        rows={16}
        spellCheck={false}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setSample('');
        }}
      />
      {dirty && <p className="notice">The workflow has unsaved changes: it is saved first, then run.</p>}
      <div className="ui-dialog__actions">
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <Button type="button" variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" disabled={busy}>
          {busy ? 'Running…' : dirty ? 'Save and run' : 'Run'}
        </Button>
      </div>
    </form>
  );
}
