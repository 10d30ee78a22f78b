import type { StaffRole } from './staff-role';

/** Who is acting: a signed-in member, or automation holding ADMIN_TOKEN. */
export interface StaffPrincipal {
  /** Absent for ADMIN_TOKEN. */
  userId?: number;
  username: string;
  displayName: string;
  role: StaffRole;
  /** How the request proved it: a browser cookie needs a CSRF token on changes; a bearer does not. */
  via: 'cookie' | 'bearer' | 'admin-token';
  csrfToken?: string;
}

export const ADMIN_TOKEN_ACTOR = 'ADMIN_TOKEN';
