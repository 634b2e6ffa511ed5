import { shortcutFor, SHORTCUTS } from './shortcuts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('shortcutFor', () => {
  it.each([
    [key('s', { ctrlKey: true }), 'save'],
    [key('s', { metaKey: true }), 'save'],
    [key('z', { ctrlKey: true }), 'undo'],
    [key('Z', { ctrlKey: true, shiftKey: true }), 'redo'],
    [key('y', { ctrlKey: true }), 'redo'],
    [key('c', { ctrlKey: true }), 'copy'],
    [key('v', { metaKey: true }), 'paste'],
    [key('Delete'), 'delete'],
    [key('Backspace'), 'delete'],
    [key('a', { ctrlKey: true }), 'selectAll'],
    [key('L', { shiftKey: true }), 'layout'],
    [key('Enter', { ctrlKey: true }), 'run'],
    [key('?', { shiftKey: true }), 'help'],
    [key('Escape'), 'deselect'],
    [key('l'), null],
    [key('s', { altKey: true, ctrlKey: true }), null],
  ])('%p → %p', (event, action) => {
    expect(shortcutFor(event, false)).toBe(action);
  });

  it('leaves text fields their own keys except save and run', () => {
    expect(shortcutFor(key('z', { ctrlKey: true }), true)).toBeNull();
    expect(shortcutFor(key('Backspace'), true)).toBeNull();
    expect(shortcutFor(key('s', { ctrlKey: true }), true)).toBe('save');
    expect(shortcutFor(key('Enter', { ctrlKey: true }), true)).toBe('run');
  });

  it('documents every action it can return', () => {
    const documented = new Set(SHORTCUTS.map((s) => s.action));
    for (const a of ['save', 'undo', 'redo', 'copy', 'paste', 'delete', 'selectAll', 'layout', 'run', 'help', 'deselect'] as const) expect(documented.has(a)).toBe(true);
  });
});
