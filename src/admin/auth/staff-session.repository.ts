import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { StaffSession, type StaffUser } from './staff.entities';

@Injectable()
export class StaffSessionRepository {
  constructor(private readonly dataSource: DataSource) {}

  async create(session: Omit<StaffSession, 'createdAt' | 'user'>): Promise<void> {
    await this.dataSource.getRepository(StaffSession).insert(session);
  }

  /** The live session and its user, sliding its expiry forward. */
  async touch(
    tokenHash: string,
    idleHours: number,
  ): Promise<{ session: StaffSession; user: StaffUser } | null> {
    const session = await this.dataSource.getRepository(StaffSession).findOne({
      where: { tokenHash },
      relations: { user: true },
    });
    if (!session?.user || session.expiresAt.getTime() <= Date.now()) return null;
    const renewAt = session.expiresAt.getTime() - (idleHours * 3_600_000) / 2;
    // Write at most twice per idle period rather than on every request.
    if (Date.now() > renewAt) {
      await this.dataSource
        .getRepository(StaffSession)
        .update({ tokenHash }, { expiresAt: new Date(Date.now() + idleHours * 3_600_000) });
    }
    return { session, user: session.user };
  }

  async remove(tokenHash: string): Promise<void> {
    await this.dataSource.getRepository(StaffSession).delete({ tokenHash });
  }

  /** Signs a member out everywhere: after a password change, a role change or disabling. */
  async removeForUser(userId: number): Promise<void> {
    await this.dataSource.getRepository(StaffSession).delete({ userId });
  }

  async pruneExpired(): Promise<void> {
    await this.dataSource.query(`DELETE FROM staff_session WHERE expires_at < now()`);
  }
}
