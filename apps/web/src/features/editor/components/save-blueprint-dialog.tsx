'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';

type Props = { open: boolean; nodeCount: number; busy: boolean; onClose: () => void; onSave: (args: { name: string; description: string }) => Promise<string | null> };

/** Saves the selected nodes (never the trigger) as a blueprint. */
export function SaveBlueprintDialog({ open, nodeCount, busy, onClose, onSave }: Props) {
  return (
    <Dialog open={open} title="Save the selection as a blueprint" onClose={onClose}>
      {open && <BlueprintForm nodeCount={nodeCount} busy={busy} onClose={onClose} onSave={onSave} />}
    </Dialog>
  );
}

function BlueprintForm({ nodeCount, busy, onClose, onSave }: Omit<Props, 'open'>) {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(await onSave({ name: name.trim(), description }));
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-label="New blueprint">
      <p className="help">{nodeCount === 0 ? 'Select one or more nodes first (the trigger is never part of a blueprint).' : `${nodeCount} node(s) and the connections between them.`}</p>
      <label htmlFor="blueprint-name">Name</label>
      <input id="blueprint-name" type="text" required maxLength={191} value={name} onChange={(e) => setName(e.target.value)} />
      <label htmlFor="blueprint-description">Description</label>
      <input id="blueprint-description" type="text" maxLength={191} value={description} onChange={(e) => setDescription(e.target.value)} />
      <div className="ui-dialog__actions">
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <Button type="button" variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" disabled={busy || nodeCount === 0 || name.trim() === ''}>
          {busy ? 'Saving…' : 'Save blueprint'}
        </Button>
      </div>
    </form>
  );
}
