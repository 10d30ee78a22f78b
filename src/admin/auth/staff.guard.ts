import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { timingSafeEqual } from 'node:crypto';
import { readCookie } from './cookie.util';
import { StaffAuthException } from './staff-auth.exception';
import { StaffAuthService } from './staff-auth.service';
import type { StaffPrincipal } from './staff-principal';
import { roleAllows, type StaffRole } from './staff-role';
import { STAFF_ROLES_KEY, type StaffRequest } from './staff-roles.decorator';

export const SESSION_COOKIE = 'tthc_staff';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every staff route: a session cookie (pages), a session bearer token (API clients) or ADMIN_TOKEN
 * (automation). Cookie requests that change something must also carry the session's CSRF token,
 * in the `x-csrf-token` header or a `_csrf` form field.
 */
@Injectable()
export class StaffGuard implements CanActivate {
  constructor(
    private readonly auth: StaffAuthService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<StaffRequest>();
    const staff = await this.identify(request);
    if (!staff) throw StaffAuthException.unauthenticated();
    const roles = this.reflector.getAllAndOverride<StaffRole[] | undefined>(STAFF_ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (roles && !roleAllows(staff.role, roles)) throw StaffAuthException.forbidden();
    if (staff.via === 'cookie' && !SAFE_METHODS.has(request.method) && !csrfMatches(request, staff))
      throw StaffAuthException.csrf();
    request.staff = staff;
    return true;
  }

  private async identify(request: StaffRequest): Promise<StaffPrincipal | null> {
    const authorization = request.headers.authorization;
    if (authorization && /^Bearer\s+/i.test(authorization)) {
      return (
        this.auth.adminToken(authorization) ??
        (await this.auth.resolve(authorization.replace(/^Bearer\s+/i, ''), 'bearer'))
      );
    }
    const cookie = readCookie(request.headers.cookie, SESSION_COOKIE);
    return cookie ? this.auth.resolve(cookie, 'cookie') : null;
  }
}

function csrfMatches(request: StaffRequest, staff: StaffPrincipal): boolean {
  const header = request.headers['x-csrf-token'];
  const body = request.body as Record<string, unknown> | undefined;
  const given = (typeof header === 'string' ? header : undefined) ?? body?._csrf;
  if (typeof given !== 'string' || !staff.csrfToken) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(staff.csrfToken);
  return a.length === b.length && timingSafeEqual(a, b);
}
