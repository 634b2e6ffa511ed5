'use client';

import { useEffect, useRef, useState } from 'react';
import { io } from 'socket.io-client';
import { readApiKey } from '../../lib/api-client';
import { LIVE_SOCKET_PATH, LIVE_TRACE_EVENTS, type LiveEvent } from './live-events.types';
import { parseLiveEvent } from './parse-live-event';

export type LiveStatus = 'connecting' | 'live' | 'offline';

/**
 * Live execution events of one workflow or one execution (contract §7) over socket.io, same origin
 * (`/socket.io`, proxied to the API), authenticated with the stored API key. Listeners are removed and the
 * socket closed when the component unmounts or the subscription changes (style guide rule 35).
 */
export function useLiveEvents(args: { workflowId?: string; executionId?: string; enabled?: boolean; onEvent: (event: LiveEvent) => void }): { status: LiveStatus; error: string | null } {
  const { workflowId, executionId, enabled = true } = args;
  const onEvent = useRef(args.onEvent);
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    onEvent.current = args.onEvent;
  });

  useEffect(() => {
    if (!enabled || (!workflowId && !executionId)) return undefined;
    setStatus('connecting');
    const socket = io({ path: LIVE_SOCKET_PATH, auth: { token: readApiKey() ?? '' }, transports: ['websocket'], reconnectionDelayMax: 10_000 });
    const subscription = workflowId ? { workflow_id: workflowId } : { execution_id: executionId };
    socket.on('connect', () => {
      socket.emit('subscribe', subscription);
      setStatus('live');
      setError(null);
    });
    socket.on('disconnect', () => setStatus('offline'));
    // The server drops a client that cannot keep up; say so instead of silently missing events.
    socket.on('live:dropped', (event: unknown) => setError(typeof event === 'object' && event !== null && 'message' in event ? String(event.message) : 'Live events were dropped'));
    socket.on('connect_error', (e: Error) => {
      setStatus('offline');
      setError(e.message);
    });
    const handlers = LIVE_TRACE_EVENTS.map((name) => {
      const handler = (payload: unknown) => {
        const event = parseLiveEvent(name, payload);
        if (event) onEvent.current(event);
      };
      socket.on(name, handler);
      return [name, handler] as const;
    });
    return () => {
      for (const [name, handler] of handlers) socket.off(name, handler);
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, [workflowId, executionId, enabled]);

  return { status, error };
}
