'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { useCreateWorkflow, useModules, useTriggers } from '../api/editor-queries';
import { defaultWorkflowName, freeTriggers, initialGraph } from '../utils/new-workflow';

/** Creates the workflow of a trigger (one per trigger) with its trigger node, then opens the editor. */
export function NewWorkflowDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} title="New workflow" onClose={onClose}>
      {open && <NewWorkflowForm onClose={onClose} />}
    </Dialog>
  );
}

function NewWorkflowForm({ onClose }: { onClose: () => void }) {
  const triggers = useTriggers();
  const modules = useModules();
  const create = useCreateWorkflow();
  const router = useRouter();
  const free = freeTriggers(triggers.data ?? []);
  const [triggerId, setTriggerId] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const chosen = free.find((t) => t.id === triggerId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const triggerModule = modules.data?.find((m) => m.id === triggerId && m.module_type === 'trigger');
    if (!chosen || !triggerModule) return setError('Choose a trigger.');
    try {
      const created = await create.mutateAsync({ name: name.trim() || defaultWorkflowName(chosen), trigger_id: chosen.id, data: initialGraph({ triggerModule, trigger: chosen }) });
      onClose();
      router.push(`/workflows/${created.id}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  if (triggers.isPending || modules.isPending) return <p className="ui-dialog__body">Loading triggers…</p>;
  if (triggers.isError || modules.isError) return <p className="ui-dialog__body field-error">Could not load the triggers: {(triggers.error ?? modules.error)?.message}</p>;
  return (
    <form onSubmit={(e) => void submit(e)} aria-label="New workflow">
      {free.length === 0 ? (
        <p>Every trigger already has its workflow (one workflow per trigger): open it from the list.</p>
      ) : (
        <>
          <label htmlFor="new-workflow-trigger">Trigger</label>
          <select id="new-workflow-trigger" value={triggerId} required onChange={(e) => setTriggerId(e.target.value)}>
            <option value="">Choose the trigger to listen to…</option>
            {free.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name} ({t.id}){t.blocking ? ' · blocking' : ''}
              </option>
            ))}
          </select>
          {chosen && <p className="help">{chosen.description}</p>}
          <label htmlFor="new-workflow-name">Name</label>
          <input id="new-workflow-name" type="text" maxLength={191} placeholder={chosen ? defaultWorkflowName(chosen) : 'Workflow name'} value={name} onChange={(e) => setName(e.target.value)} />
        </>
      )}
      <div className="ui-dialog__actions">
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <Button type="button" variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" disabled={create.isPending || !chosen}>
          {create.isPending ? 'Creating…' : 'Create and open'}
        </Button>
      </div>
    </form>
  );
}
