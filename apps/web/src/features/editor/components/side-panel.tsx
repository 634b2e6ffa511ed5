'use client';

import { Button } from '../../../components/ui/button';
import { editorStore, useEditor } from '../state/editor-store';
import { NodeInspector } from './node-inspector';
import { RunSummary } from './run-summary';

/** Right-hand panel: the selected node's inspector, or the selection summary and the current run. */
export function SidePanel({ readOnly }: { readOnly: boolean }) {
  const selected = useEditor((s) => s.nodes.filter((n) => n.selected));
  const only = selected.length === 1 ? selected[0] : undefined;
  return (
    <aside className="wf-editor__side" aria-label="Node details">
      {only ? (
        <NodeInspector key={only.id} node={only} readOnly={readOnly} />
      ) : (
        <>
          {selected.length > 1 && (
            <section className="inspector__section">
              <h3>{selected.length} nodes selected</h3>
              <div className="inspector__actions">
                <Button type="button" variant="secondary" disabled={readOnly} onClick={() => editorStore.getState().removeSelection()}>
                  Delete
                </Button>
                <Button type="button" variant="secondary" disabled={readOnly} onClick={() => editorStore.getState().openDialog('save-blueprint')}>
                  Save as blueprint
                </Button>
              </div>
            </section>
          )}
          <RunSummary />
        </>
      )}
    </aside>
  );
}
