import type { StateCreator } from 'zustand';
import { applyLiveEvent, EMPTY_TRACE } from '../utils/trace-reducer';
import type { EditorState, TraceSlice } from './editor-store.types';

export const createTraceSlice: StateCreator<EditorState, [], [], TraceSlice> = (set) => ({
  trace: EMPTY_TRACE,
  applyLive: (event) => set((s) => ({ trace: applyLiveEvent(s.trace, event) })),
  setTrace: (trace) => set({ trace }),
  clearTrace: () => set({ trace: EMPTY_TRACE }),
});
