import { SetMetadata } from '@nestjs/common';
import type { ApiRole } from '@misp-wf/contracts';

export const PUBLIC_ROUTE = 'auth:public';
export const REQUIRED_ROLE = 'auth:role';

/** No API key needed (health, the misp-modules surface which has its own secret). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/**
 * The role a route needs. Without it, reads (GET/HEAD) need any role and writes need `admin`, so a new
 * route is safe by default.
 */
export const RequireRole = (role: ApiRole) => SetMetadata(REQUIRED_ROLE, role);
