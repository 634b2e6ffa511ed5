'use client';

import Link from 'next/link';
import { useRef } from 'react';
import { Button } from '../../../components/ui/button';
import { ToggleSwitch } from '../../../components/ui/toggle-switch';
import type { LiveStatus } from '../../live/use-live-events';
import type { EditorActions } from '../hooks/use-editor-actions';
import { editorStore, selectIsDirty, useEditor } from '../state/editor-store';
import { ShortcutsHelp } from './shortcuts-help';

type Props = {
  actions: EditorActions;
  readOnly: boolean;
  live: { status: LiveStatus; error: string | null };
  onLayout: () => void;
  palette: { open: boolean; toggle: () => void };
};

const LIVE_TEXT: Record<LiveStatus, string> = { connecting: 'Connecting…', live: 'Live', offline: 'Live traces offline' };

/** Title, save state and every editor command as a button (each also has a shortcut, see the help). */
export function EditorToolbar({ actions, readOnly, live, onLayout, palette }: Props) {
  const { workflow, dirty, canUndo, canRedo, selectedCount, hasClipboard } = useEditor((s) => ({
    workflow: s.workflow,
    dirty: selectIsDirty(s),
    canUndo: s.past.length > 0,
    canRedo: s.future.length > 0,
    selectedCount: s.nodes.filter((n) => n.selected).length + s.edges.filter((e) => e.selected).length,
    hasClipboard: (s.clipboard?.nodes.length ?? 0) > 0,
  }));
  const fileInput = useRef<HTMLInputElement>(null);
  const store = editorStore.getState;

  return (
    <header className="wf-toolbar">
      <div className="wf-toolbar__title">
        <Link href="/workflows" className="wf-toolbar__back">
          Workflows
        </Link>
        <h1>{workflow?.name}</h1>
        <span className="help">
          trigger <span className="mono">{workflow?.trigger_id}</span>
        </span>
        <span className={`wf-toolbar__state${dirty ? ' wf-toolbar__state--dirty' : ''}`} role="status" data-testid="save-state">
          {dirty ? 'Unsaved changes' : 'Saved'}
        </span>
        <span className={`wf-live wf-live--${live.status}`} title={live.error ?? undefined} role="status">
          {LIVE_TEXT[live.status]}
        </span>
        <div className="wf-toolbar__spacer" />
        <span className="wf-toolbar__debug" title="Debug mode: extra logging, full step data and posts to Plugin.Workflow_debug_url">
          Debug
          <ToggleSwitch checked={workflow?.debug_enabled ?? false} label="Debug mode" disabled={readOnly} busy={actions.debugBusy} onChange={(on) => void actions.setDebug(on)} />
        </span>
        <Button type="button" variant="secondary" disabled={readOnly || actions.running} onClick={() => store().openDialog('run')}>
          Run with data
        </Button>
        <Button type="button" disabled={readOnly || actions.saving || !dirty} onClick={() => void actions.save()}>
          {actions.saving ? 'Saving…' : 'Save'}
        </Button>
      </div>
      <div className="wf-toolbar__tools" role="toolbar" aria-label="Edit">
        <Button type="button" variant="secondary" aria-pressed={palette.open} onClick={palette.toggle} title="Show or hide the module panel">
          Modules
        </Button>
        <Button type="button" variant="secondary" disabled={readOnly || !canUndo} onClick={() => store().undo()} title="Undo (Ctrl+Z)">
          Undo
        </Button>
        <Button type="button" variant="secondary" disabled={readOnly || !canRedo} onClick={() => store().redo()} title="Redo (Ctrl+Shift+Z)">
          Redo
        </Button>
        <Button type="button" variant="secondary" disabled={readOnly || selectedCount === 0} onClick={() => store().copy()} title="Copy (Ctrl+C)">
          Copy
        </Button>
        <Button type="button" variant="secondary" disabled={readOnly || !hasClipboard} onClick={() => store().paste()} title="Paste (Ctrl+V)">
          Paste
        </Button>
        <Button type="button" variant="secondary" disabled={readOnly || selectedCount === 0} onClick={() => store().removeSelection()} title="Delete (Delete)">
          Delete
        </Button>
        <Button type="button" variant="secondary" disabled={readOnly} onClick={onLayout} title="Auto-layout (Shift+L)">
          Auto-layout
        </Button>
        <span className="wf-toolbar__sep" aria-hidden />
        <Button type="button" variant="secondary" onClick={() => void actions.exportFile()}>
          Export
        </Button>
        <Button type="button" variant="secondary" disabled={readOnly} onClick={() => fileInput.current?.click()}>
          Load file
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Workflow file to load"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void file.text().then(actions.loadFile);
          }}
        />
        <Button type="button" variant="secondary" disabled={readOnly || selectedCount === 0} onClick={() => store().openDialog('save-blueprint')}>
          Save as blueprint
        </Button>
        <ShortcutsHelp />
      </div>
    </header>
  );
}
