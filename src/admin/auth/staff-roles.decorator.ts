import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { StaffPrincipal } from './staff-principal';
import type { StaffRole } from './staff-role';

export const STAFF_ROLES_KEY = 'staffRoles';

/** Roles that may use a route (an admin always may). */
export const StaffRoles = (...roles: StaffRole[]) => SetMetadata(STAFF_ROLES_KEY, roles);

export type StaffRequest = FastifyRequest & { staff?: StaffPrincipal };

/** The acting staff member, set by StaffGuard. */
export const Staff = createParamDecorator((_data: unknown, context: ExecutionContext): StaffPrincipal => {
  const staff = context.switchToHttp().getRequest<StaffRequest>().staff;
  if (!staff) throw new Error('@Staff() used on a route without StaffGuard');
  return staff;
});
