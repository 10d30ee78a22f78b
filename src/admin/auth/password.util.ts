import bcrypt from 'bcryptjs';

/** Staff passwords: long enough to resist guessing, short enough for bcrypt's 72-byte limit. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 72;

export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN) return `mật khẩu cần ít nhất ${PASSWORD_MIN} ký tự`;
  if (Buffer.byteLength(password, 'utf8') > PASSWORD_MAX) return `mật khẩu dài quá ${PASSWORD_MAX} byte`;
  return null;
}

export function hashPassword(password: string, cost: number): Promise<string> {
  return bcrypt.hash(password, cost);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/**
 * Compared against when the username does not exist, so an unknown name takes as long as a wrong
 * password and the login form does not reveal which accounts exist.
 */
export const DUMMY_HASH = '$2b$12$0SqiHFzrKdsCO/07mhp.5OfTD1FjdE4dTZu.6Kn0mQ.eSgvTIClxK';
