'use client';

import { useCallback, useEffect, useState } from 'react';

export const REPLAY_STEP_MS = 700;

/**
 * The replay position over `count` steps: 0 = nothing has run yet, `count` = the whole run (the
 * starting view). Playing from the end starts over; it stops by itself at the last step.
 */
export function useReplayCursor(count: number) {
  const [cursor, setCursor] = useState(count);
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      setCursor((c) => {
        if (c >= count) {
          setPlaying(false);
          return c;
        }
        return c + 1;
      });
    }, REPLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing, count]);

  useEffect(() => {
    if (playing && cursor >= count) setPlaying(false);
  }, [playing, cursor, count]);

  const play = useCallback(() => {
    setCursor((c) => (c >= count ? 0 : c));
    setPlaying(true);
  }, [count]);
  const pause = useCallback(() => setPlaying(false), []);
  const seek = useCallback(
    (to: number) => {
      setPlaying(false);
      setCursor(Math.min(count, Math.max(0, to)));
    },
    [count],
  );

  return { cursor, playing, play, pause, seek };
}
