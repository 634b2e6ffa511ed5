'use client';

import { useEffect } from 'react';
import { checkGraph } from '../api/editor-queries';
import { editorStore, useEditor } from '../state/editor-store';

const DEBOUNCE_MS = 400;

/**
 * Asks the API's check-graph after every structural change (MISP's editor does it after each connection
 * change, spec §4.3); the answer paints edges and node warnings. Stale answers are discarded.
 */
export function useCheckGraph(enabled: boolean): void {
  const version = useEditor((s) => s.structureVersion);
  useEffect(() => {
    if (!enabled) return undefined;
    let cancelled = false;
    const timer = setTimeout(() => {
      checkGraph(editorStore.getState().graph())
        .then((result) => {
          if (!cancelled) editorStore.getState().setCheck(result);
        })
        .catch(() => {
          // An unreadable graph is reported on save; the canvas simply shows no check result meanwhile.
          if (!cancelled) editorStore.getState().setCheck(null);
        });
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [version, enabled]);
}
