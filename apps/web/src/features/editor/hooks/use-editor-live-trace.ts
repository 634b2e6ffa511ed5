'use client';

import { useLiveEvents, type LiveStatus } from '../../live/use-live-events';
import { editorStore } from '../state/editor-store';

/** Feeds the live events of this workflow into the editor's trace slice. */
export function useEditorLiveTrace(workflowId: string | null): { status: LiveStatus; error: string | null } {
  return useLiveEvents({ workflowId: workflowId ?? undefined, enabled: workflowId !== null, onEvent: (event) => editorStore.getState().applyLive(event) });
}
