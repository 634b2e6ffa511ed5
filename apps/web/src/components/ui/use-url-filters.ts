'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useCallback } from 'react';

type ParamReader = { get(name: string): string | null };

/**
 * Filters kept in the address bar (reload, back button and shared links keep them). `update` merges a
 * change into what the address bar holds *now* and pushes it with `history.pushState`, which Next's
 * `useSearchParams` follows: two quick changes in a row both stick, which a `router.push` from the last
 * render's values would not guarantee.
 */
export function useUrlFilters<T>(read: (params: ParamReader) => T, toSearch: (filters: T) => string) {
  const params = useSearchParams();
  const pathname = usePathname();
  const filters = read(params);
  const update = useCallback(
    (patch: Partial<T>) => {
      const current = read(new URLSearchParams(window.location.search));
      window.history.pushState(null, '', `${pathname}${toSearch({ ...current, ...patch })}`);
    },
    [pathname, read, toSearch],
  );
  return [filters, update] as const;
}
