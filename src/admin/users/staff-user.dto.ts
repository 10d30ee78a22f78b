import { z } from 'zod';
import { PASSWORD_MAX, PASSWORD_MIN } from '../auth/password.util';
import { STAFF_ROLES } from '../auth/staff-role';

const password = z
  .string()
  .min(PASSWORD_MIN, `mật khẩu cần ít nhất ${PASSWORD_MIN} ký tự`)
  .refine((p) => Buffer.byteLength(p, 'utf8') <= PASSWORD_MAX, `mật khẩu dài quá ${PASSWORD_MAX} byte`);

export const createStaffUserSchema = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[a-zA-Z0-9._-]{3,64}$/, 'tên đăng nhập 3–64 ký tự: chữ không dấu, số, dấu chấm, gạch'),
  displayName: z.string().trim().min(1, 'cần họ tên').max(128),
  role: z.enum(STAFF_ROLES, { message: `vai trò là một trong: ${STAFF_ROLES.join(', ')}` }),
  password,
});
export type CreateStaffUserDto = z.infer<typeof createStaffUserSchema>;

export const updateStaffUserSchema = z
  .object({
    displayName: z.string().trim().min(1).max(128).optional(),
    role: z.enum(STAFF_ROLES).optional(),
    disabled: z.boolean().optional(),
    password: password.optional(),
    /** Clears a lockout before it expires. */
    unlock: z.literal(true).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, 'cần ít nhất một thay đổi');
export type UpdateStaffUserDto = z.infer<typeof updateStaffUserSchema>;

export const loginSchema = z.object({
  username: z.string().trim().min(1, 'cần tên đăng nhập').max(64),
  password: z.string().min(1, 'cần mật khẩu').max(200),
});
export type LoginDto = z.infer<typeof loginSchema>;
