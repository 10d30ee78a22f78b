/** Staff roles, from the most to the least powerful. */
export const STAFF_ROLES = ['admin', 'editor', 'agent', 'viewer'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const ROLE_LABEL: Record<StaffRole, string> = {
  admin: 'Quản trị',
  editor: 'Biên tập nội dung',
  agent: 'Cán bộ hỗ trợ',
  viewer: 'Xem báo cáo',
};

/**
 * What each role may do besides its own work. An admin does everything; reports are open to every
 * role, because every team is judged on them; an editor reads the unanswered questions it fixes.
 */
const GRANTS: Record<StaffRole, readonly StaffRole[]> = {
  admin: STAFF_ROLES,
  editor: ['editor', 'viewer'],
  agent: ['agent', 'viewer'],
  viewer: ['viewer'],
};

/** True when a member with `role` may use a route open to any of `allowed`. */
export function roleAllows(role: StaffRole, allowed: readonly StaffRole[]): boolean {
  return allowed.some((a) => GRANTS[role].includes(a));
}

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);
}
