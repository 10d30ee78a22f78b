import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { StaffUser } from './staff.entities';
import type { StaffRole } from './staff-role';

export interface NewStaffUser {
  username: string;
  displayName: string;
  role: StaffRole;
  passwordHash: string;
}

@Injectable()
export class StaffUserRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByUsername(username: string): Promise<StaffUser | null> {
    return this.dataSource.getRepository(StaffUser).findOne({ where: { username: username.toLowerCase() } });
  }

  findById(id: number, manager: EntityManager = this.dataSource.manager): Promise<StaffUser | null> {
    return manager.getRepository(StaffUser).findOne({ where: { id } });
  }

  list(): Promise<StaffUser[]> {
    return this.dataSource.getRepository(StaffUser).find({ order: { username: 'ASC' } });
  }

  count(): Promise<number> {
    return this.dataSource.getRepository(StaffUser).count();
  }

  async create(user: NewStaffUser, manager: EntityManager = this.dataSource.manager): Promise<StaffUser> {
    const repo = manager.getRepository(StaffUser);
    return repo.save(repo.create({ ...user, username: user.username.toLowerCase() }));
  }

  async update(id: number, patch: Partial<StaffUser>, manager: EntityManager = this.dataSource.manager) {
    await manager.getRepository(StaffUser).update({ id }, patch);
  }

  /** Counts a failure and locks the account once `limit` failures in a row are reached. */
  async recordFailure(id: number, limit: number, lockMinutes: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE staff_user SET failed_attempts = failed_attempts + 1,
         locked_until = CASE WHEN failed_attempts + 1 >= $2 THEN now() + make_interval(mins => $3) ELSE locked_until END
       WHERE id = $1`,
      [id, limit, lockMinutes],
    );
  }

  async recordSuccess(id: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE staff_user SET failed_attempts = 0, locked_until = NULL, last_login_at = now() WHERE id = $1`,
      [id],
    );
  }

  async activeAdmins(manager: EntityManager = this.dataSource.manager): Promise<number> {
    return manager.getRepository(StaffUser).count({ where: { role: 'admin', disabled: false } });
  }
}
