import { z } from 'zod';

/**
 * Highest page number a list accepts. The offset is `(page - 1) * limit`; past 2^63 PostgreSQL refuses it and
 * past 1e21 JavaScript prints it in exponent form, both a 500. No list is long enough to need more pages.
 */
export const MAX_PAGE = 1_000_000;

/** `?page=` of every paginated list: 1-based, 400 beyond `MAX_PAGE`. */
export const pageParam = z.coerce.number().int().min(1).max(MAX_PAGE).default(1);
