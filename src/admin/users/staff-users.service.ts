import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppException } from '../../common/app.exception';
import { AppConfig } from '../../config/app-config';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from '../auth/password.util';
import type { StaffPrincipal } from '../auth/staff-principal';
import { StaffSessionRepository } from '../auth/staff-session.repository';
import { StaffUserRepository } from '../auth/staff-user.repository';
import type { StaffUser } from '../auth/staff.entities';
import type { CreateStaffUserDto, UpdateStaffUserDto } from './staff-user.dto';

export interface StaffUserView {
  id: number;
  username: string;
  displayName: string;
  role: string;
  disabled: boolean;
  locked: boolean;
  lastLoginAt: string | null;
  createdAt: string;
}

export const toUserView = (u: StaffUser): StaffUserView => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  disabled: u.disabled,
  locked: (u.lockedUntil?.getTime() ?? 0) > Date.now(),
  lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
  createdAt: u.createdAt.toISOString(),
});

/** What the audit log keeps of an account: never the password hash. */
const auditView = (u: StaffUser) => ({
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  disabled: u.disabled,
});

class StaffUserException extends AppException {}

/** Accounts: created by an admin (or the first one by `npm run admin:create`). */
@Injectable()
export class StaffUsersService {
  constructor(
    private readonly users: StaffUserRepository,
    private readonly sessions: StaffSessionRepository,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  list(): Promise<StaffUser[]> {
    return this.users.list();
  }

  async create(dto: CreateStaffUserDto, actor: StaffPrincipal): Promise<StaffUser> {
    if (await this.users.findByUsername(dto.username)) {
      throw new StaffUserException(
        'staff_user_exists',
        `Tên đăng nhập "${dto.username}" đã có người dùng.`,
        HttpStatus.CONFLICT,
      );
    }
    const passwordHash = await hashPassword(dto.password, this.config.staff.passwordCost);
    return this.dataSource.transaction(async (manager) => {
      const user = await this.users.create({ ...dto, passwordHash }, manager);
      await this.audit.record(
        actor,
        { action: 'user.create', targetType: 'user', targetId: user.id, after: auditView(user) },
        manager,
      );
      return user;
    });
  }

  async update(id: number, dto: UpdateStaffUserDto, actor: StaffPrincipal): Promise<StaffUser> {
    const before = await this.users.findById(id);
    if (!before)
      throw new StaffUserException('staff_user_not_found', 'Không có tài khoản này.', HttpStatus.NOT_FOUND);
    const demoting = before.role === 'admin' && ((dto.role && dto.role !== 'admin') || dto.disabled === true);
    const patch: Partial<StaffUser> = {
      ...(dto.displayName ? { displayName: dto.displayName } : {}),
      ...(dto.role ? { role: dto.role } : {}),
      ...(dto.disabled !== undefined ? { disabled: dto.disabled } : {}),
      ...(dto.password
        ? { passwordHash: await hashPassword(dto.password, this.config.staff.passwordCost) }
        : {}),
      ...(dto.unlock || dto.password ? { failedAttempts: 0, lockedUntil: null } : {}),
    };
    const after = await this.dataSource.transaction(async (manager) => {
      // The last admin cannot lock everyone out of user management.
      if (demoting && (await this.users.activeAdmins(manager)) <= 1) {
        throw new StaffUserException(
          'staff_last_admin',
          'Đây là quản trị viên cuối cùng: hãy tạo một quản trị viên khác trước.',
          HttpStatus.CONFLICT,
        );
      }
      await this.users.update(id, patch, manager);
      const updated = (await this.users.findById(id, manager))!;
      await this.audit.record(
        actor,
        {
          action: 'user.update',
          targetType: 'user',
          targetId: id,
          before: auditView(before),
          after: { ...auditView(updated), ...(dto.password ? { password: 'đã đổi' } : {}) },
        },
        manager,
      );
      return updated;
    });
    // A new password, role or a disabled account takes effect now, not when the session ends.
    if (dto.password || dto.role || dto.disabled) await this.sessions.removeForUser(id);
    return after;
  }
}
