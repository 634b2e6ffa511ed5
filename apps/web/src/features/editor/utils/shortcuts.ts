export type ShortcutAction = 'save' | 'undo' | 'redo' | 'copy' | 'paste' | 'delete' | 'selectAll' | 'layout' | 'run' | 'help' | 'deselect';

export type Shortcut = { action: ShortcutAction; keys: string; description: string };

/** The editor's keyboard shortcuts, shown in the help popover. `Mod` is Ctrl (⌘ on macOS). */
export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'save', keys: 'Mod+S', description: 'Save the workflow' },
  { action: 'undo', keys: 'Mod+Z', description: 'Undo' },
  { action: 'redo', keys: 'Mod+Shift+Z or Mod+Y', description: 'Redo' },
  { action: 'copy', keys: 'Mod+C', description: 'Copy the selected nodes' },
  { action: 'paste', keys: 'Mod+V', description: 'Paste the copied nodes' },
  { action: 'delete', keys: 'Delete or Backspace', description: 'Delete the selected nodes and connections' },
  { action: 'selectAll', keys: 'Mod+A', description: 'Select every node' },
  { action: 'layout', keys: 'Shift+L', description: 'Arrange the graph automatically' },
  { action: 'run', keys: 'Mod+Enter', description: 'Run with data' },
  { action: 'help', keys: '?', description: 'Show these shortcuts' },
  { action: 'deselect', keys: 'Escape', description: 'Clear the selection' },
];

type KeyInput = { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean };

/**
 * The action a key press means, or null. In a text field only Mod+S and Mod+Enter count, so typing and
 * the field's own undo/copy keep working.
 */
export function shortcutFor(event: KeyInput, inTextField: boolean): ShortcutAction | null {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (event.altKey) return null;
  if (mod && key === 's') return 'save';
  if (mod && key === 'enter') return 'run';
  if (inTextField) return null;
  if (mod && key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (mod && key === 'y') return 'redo';
  if (mod && key === 'c') return 'copy';
  if (mod && key === 'v') return 'paste';
  if (mod && key === 'a') return 'selectAll';
  if (mod) return null;
  if (key === 'delete' || key === 'backspace') return 'delete';
  if (event.shiftKey && key === 'l') return 'layout';
  if (event.key === '?') return 'help';
  if (key === 'escape') return 'deselect';
  return null;
}
