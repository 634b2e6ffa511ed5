'use client';

import { createContext, useContext } from 'react';
import type { NodeDecoration } from '../types/decorations.types';

/** Run status and warnings per node id, provided by whichever canvas renders the nodes. */
export const CanvasDecorationsContext = createContext<Readonly<Record<string, NodeDecoration>>>({});

export function useNodeDecoration(nodeId: string): NodeDecoration {
  return useContext(CanvasDecorationsContext)[nodeId] ?? {};
}
