import { create } from 'zustand';
import { useShallow } from 'zustand/shallow';
import type { EditorState } from './editor-store.types';
import { createGraphSlice } from './graph-slice';
import { createPanelsSlice } from './panels-slice';
import { createTraceSlice } from './trace-slice';

/** The editor's one store (style guide rule 33): graph + history, run trace, panels. One editor at a time. */
export const editorStore = create<EditorState>()((...args) => ({
  ...createGraphSlice(...args),
  ...createTraceSlice(...args),
  ...createPanelsSlice(...args),
}));

/** Selector hook; pick several fields with a shallow comparison so unrelated changes do not re-render. */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  return editorStore(useShallow(selector));
}

export const selectIsDirty = (s: EditorState) => s.revision !== s.savedRevision;
export const selectSelectedNodes = (s: EditorState) => s.nodes.filter((n) => n.selected);
