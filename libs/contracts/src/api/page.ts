/** One page of a list endpoint (`GET /workflows`, `/executions`, `/blueprints`, `/logs`); `page` counts from 1. */
export type Page<T> = { data: T[]; page: number; limit: number; total: number };
