import type { StateCreator } from 'zustand';
import type { EditorState, PanelsSlice } from './editor-store.types';

export const createPanelsSlice: StateCreator<EditorState, [], [], PanelsSlice> = (set) => ({
  check: null,
  notice: null,
  saveFeedback: null,
  dialog: null,
  setCheck: (check) => set({ check }),
  setNotice: (notice) => set({ notice }),
  setSaveFeedback: (saveFeedback) => set({ saveFeedback }),
  openDialog: (dialog) => set({ dialog }),
});
