'use client';

import { Button } from './button';
import { pageCount, rangeText } from './pagination.util';
import './data-views.css';

type Props = { page: number; limit: number; total: number; label: string; onPage: (page: number) => void; disabled?: boolean };

/** Previous/next pager; `label` names what is paged ("Executions") for screen readers. */
export function Pagination({ page, limit, total, label, onPage, disabled }: Props) {
  const pages = pageCount(total, limit);
  return (
    <nav className="pager" aria-label={`${label} pages`}>
      <Button variant="secondary" onClick={() => onPage(page - 1)} disabled={disabled || page <= 1}>
        ← Previous
      </Button>
      <span className="pager-text" aria-live="polite">
        Page {page} of {pages} · {rangeText(page, limit, total)}
      </span>
      <Button variant="secondary" onClick={() => onPage(page + 1)} disabled={disabled || page >= pages}>
        Next →
      </Button>
    </nav>
  );
}
