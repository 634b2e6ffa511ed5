'use client';

import { SHORTCUTS } from '../utils/shortcuts';

export const SHORTCUTS_POPOVER_ID = 'editor-shortcuts-help';

/** The keyboard shortcuts, in a native popover (light dismiss, Escape closes, no focus trap needed). */
export function ShortcutsHelp() {
  return (
    <>
      <button type="button" className="btn btn-secondary" popoverTarget={SHORTCUTS_POPOVER_ID} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
        ?
      </button>
      <div id={SHORTCUTS_POPOVER_ID} popover="auto" className="shortcuts-help" role="dialog" aria-label="Keyboard shortcuts">
        <h2>Keyboard shortcuts</h2>
        <table className="shortcuts-help__table">
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.action}>
                <td>
                  <kbd>{s.keys.replaceAll('Mod', 'Ctrl/⌘')}</kbd>
                </td>
                <td>{s.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="help">
          Connect by dragging from an output (right) to an input (left), or from a node’s Connections list. Shift-drag selects several nodes; Ctrl/⌘-click adds to the selection. Tab
          moves between nodes and arrow keys move the selected ones.
        </p>
      </div>
    </>
  );
}

export function toggleShortcutsHelp(): void {
  const el = document.getElementById(SHORTCUTS_POPOVER_ID);
  if (el && 'togglePopover' in el) el.togglePopover();
}
