import { Injectable, Logger } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { AppConfig } from '../../config/app-config';
import { bearerMatches } from '../../common/bearer.util';
import { DUMMY_HASH, verifyPassword } from './password.util';
import { StaffAuthException } from './staff-auth.exception';
import { ADMIN_TOKEN_ACTOR, type StaffPrincipal } from './staff-principal';
import { StaffSessionRepository } from './staff-session.repository';
import { StaffUserRepository } from './staff-user.repository';
import type { StaffUser } from './staff.entities';

export interface StartedSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  user: StaffUser;
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Staff sign-in: passwords, lockout, and sessions shared by the pages (cookie) and the API (bearer). */
@Injectable()
export class StaffAuthService {
  private readonly logger = new Logger(StaffAuthService.name);

  constructor(
    private readonly users: StaffUserRepository,
    private readonly sessions: StaffSessionRepository,
    private readonly config: AppConfig,
  ) {}

  async login(username: string, password: string): Promise<StartedSession> {
    const user = await this.users.findByUsername(username.trim());
    if (!user) {
      await verifyPassword(password, DUMMY_HASH);
      throw StaffAuthException.badCredentials();
    }
    const lockedMs = (user.lockedUntil?.getTime() ?? 0) - Date.now();
    if (lockedMs > 0) throw StaffAuthException.locked(Math.ceil(lockedMs / 60_000));
    const ok = await verifyPassword(password, user.passwordHash);
    if (!ok || user.disabled) {
      if (!ok) {
        const { lockoutAttempts, lockoutMinutes } = this.config.staff;
        await this.users.recordFailure(user.id, lockoutAttempts, lockoutMinutes);
        this.logger.warn(`failed staff login for user #${user.id} (${user.failedAttempts + 1} in a row)`);
        if (user.failedAttempts + 1 >= lockoutAttempts) throw StaffAuthException.locked(lockoutMinutes);
      }
      throw StaffAuthException.badCredentials();
    }
    await this.users.recordSuccess(user.id);
    return this.startSession(user);
  }

  async logout(token: string): Promise<void> {
    await this.sessions.remove(tokenHash(token));
  }

  /** The member behind a session token, or null when it is unknown, expired or disabled. */
  async resolve(token: string, via: 'cookie' | 'bearer'): Promise<StaffPrincipal | null> {
    if (!token || token.length > 128) return null;
    const found = await this.sessions.touch(tokenHash(token), this.config.staff.sessionHours);
    if (!found || found.user.disabled) return null;
    const { user, session } = found;
    return {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      via,
      csrfToken: session.csrfToken,
    };
  }

  /** ADMIN_TOKEN acts as an admin, so scripts written before staff accounts keep working. */
  adminToken(authorization: string | undefined): StaffPrincipal | null {
    const expected = this.config.adminToken;
    if (!expected || !bearerMatches(authorization, expected)) return null;
    return {
      username: ADMIN_TOKEN_ACTOR,
      displayName: 'Tự động (ADMIN_TOKEN)',
      role: 'admin',
      via: 'admin-token',
    };
  }

  private async startSession(user: StaffUser): Promise<StartedSession> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.staff.sessionHours * 3_600_000);
    await this.sessions.create({ tokenHash: tokenHash(token), userId: user.id, csrfToken, expiresAt });
    return { token, csrfToken, expiresAt, user };
  }
}
