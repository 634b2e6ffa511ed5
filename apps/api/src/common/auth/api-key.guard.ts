import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { ApiRole } from '@misp-wf/contracts';
import type { FastifyRequest } from 'fastify';
import { ApiKeysService } from '../../auth/api-keys.service';
import { ApiError } from '../errors/api-error';
import { PUBLIC_ROUTE, REQUIRED_ROLE } from './auth.decorators';

export type AuthenticatedRequest = FastifyRequest & { apiKey?: { id: string; role: ApiRole } };

/** `Authorization: <key>` (MISP's convention) or `X-API-Key`; 401 when missing/wrong, 403 on role. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeysService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const presented = readKey(request);
    if (!presented) throw new ApiError('unauthorized', 'Missing API key: send it in the Authorization header');
    const key = await this.keys.verify(presented);
    if (!key) throw new ApiError('unauthorized', 'Invalid API key');
    request.apiKey = key;

    const required =
      this.reflector.getAllAndOverride<ApiRole | undefined>(REQUIRED_ROLE, targets) ??
      (request.method === 'GET' || request.method === 'HEAD' ? 'viewer' : 'admin');
    if (required === 'admin' && key.role !== 'admin') {
      throw new ApiError('forbidden', 'This action needs an admin API key');
    }
    return true;
  }
}

export function readKey(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization ?? request.headers['x-api-key'];
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return undefined;
  // Accept a bare key (MISP) and tolerate a `Bearer ` prefix some HTTP clients add.
  return value.replace(/^Bearer\s+/i, '').trim() || undefined;
}
