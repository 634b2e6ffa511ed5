'use client';

import { useEffect, useRef } from 'react';
import { shortcutFor, type ShortcutAction } from '../utils/shortcuts';

/** Window-level shortcuts of the editor; ignored while a dialog is open (it owns the keyboard). */
export function useEditorShortcuts(handlers: Record<ShortcutAction, () => void>): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (document.querySelector('dialog[open]')) return;
      const target = event.target;
      const inTextField =
        target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
      const action = shortcutFor(event, inTextField);
      if (!action) return;
      event.preventDefault();
      ref.current[action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
