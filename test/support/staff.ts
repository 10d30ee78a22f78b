import { randomBytes } from 'node:crypto';
import type { StaffRole } from '../../src/admin/auth/staff-role';
import { postJson } from './http';

export const STAFF_PASSWORD = 'mat-khau-thu-nghiem-2026';

export interface StaffLogin {
  username: string;
  token: string;
  csrfToken: string;
  /** The Cookie header a browser would send. */
  cookie: string;
  bearer: Record<string, string>;
}

/** A unique username: test files share the run's database. */
export const staffName = (role: string) => `${role}.${randomBytes(3).toString('hex')}`;

/** Creates an account through the admin API (as ADMIN_TOKEN) and signs it in. */
export async function staffAccount(
  baseUrl: string,
  adminToken: string,
  role: StaffRole,
): Promise<StaffLogin> {
  const username = staffName(role);
  const created = await postJson(
    `${baseUrl}/api/admin/users`,
    { username, displayName: `Cán bộ ${role}`, role, password: STAFF_PASSWORD },
    { authorization: `Bearer ${adminToken}` },
  );
  if (created.status !== 201)
    throw new Error(`create ${role}: ${created.status} ${JSON.stringify(created.body)}`);
  return staffLogin(baseUrl, username);
}

export async function staffLogin(
  baseUrl: string,
  username: string,
  password = STAFF_PASSWORD,
): Promise<StaffLogin> {
  const res = await postJson(`${baseUrl}/api/admin/auth/login`, { username, password });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  return {
    username,
    token: res.body.token,
    csrfToken: res.body.csrfToken,
    cookie,
    bearer: { authorization: `Bearer ${res.body.token}` },
  };
}
