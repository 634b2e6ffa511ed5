'use client';

import { useRef, useState, type ChangeEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { ApiClientError } from '../../../lib/api-client';
import { useImportBlueprint } from '../api/blueprints-queries';
import { parseBlueprintFile } from '../utils/blueprint-file.util';

type Result = { kind: 'success' | 'error'; text: string } | null;

/** "Import blueprint file…": reads a MISP blueprint file and posts it; the outcome stays on the page. */
export function ImportBlueprintControl({ disabled }: { disabled: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const importer = useImportBlueprint();
  const [result, setResult] = useState<Result>(null);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again fires another change event.
    event.target.value = '';
    if (!file) return;
    setResult(null);
    const parsed = parseBlueprintFile(await file.text());
    if (!parsed.ok) {
      setResult({ kind: 'error', text: `${file.name}: ${parsed.message}` });
      return;
    }
    try {
      const created = await importer.mutateAsync(parsed.file);
      setResult({ kind: 'success', text: `Imported “${created.name}” from ${file.name}.` });
    } catch (e) {
      setResult({ kind: 'error', text: importErrorText(e, parsed.name, parsed.file.WorkflowBlueprint['uuid']) });
    }
  }

  return (
    <div className="import-control">
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Blueprint file"
        data-testid="blueprint-file-input"
        onChange={(e) => void onFile(e)}
      />
      <Button onClick={() => input.current?.click()} disabled={disabled || importer.isPending}>
        {importer.isPending ? 'Importing…' : 'Import blueprint file…'}
      </Button>
      {result && (
        <p className={result.kind === 'error' ? 'import-result import-error' : 'import-result import-ok'} role={result.kind === 'error' ? 'alert' : 'status'}>
          {result.text}
          <button type="button" className="link-button" onClick={() => setResult(null)} aria-label="Dismiss import message">
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}

function importErrorText(error: unknown, name: string, uuid: unknown): string {
  if (error instanceof ApiClientError && error.status === 409) {
    const which = typeof uuid === 'string' ? ` (uuid ${uuid})` : '';
    return `“${name}” was not imported: a blueprint with the same UUID${which} already exists. Delete it first to import this file again.`;
  }
  return `“${name}” was not imported: ${error instanceof Error ? error.message : String(error)}`;
}
