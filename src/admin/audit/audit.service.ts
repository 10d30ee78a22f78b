import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { StaffPrincipal } from '../auth/staff-principal';
import { AuditLog } from './audit-log.entity';

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId?: string | number | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditQuery {
  limit: number;
  before?: string;
  actor?: string;
  targetType?: string;
}

/** The trail of staff actions. Written in the same transaction as the change it describes. */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async record(
    staff: StaffPrincipal,
    entry: AuditEntry,
    manager: EntityManager = this.dataSource.manager,
    ip?: string,
  ): Promise<void> {
    await manager.getRepository(AuditLog).insert({
      actor: staff.username,
      actorId: staff.userId ?? null,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId == null ? null : String(entry.targetId),
      before: (entry.before ?? null) as object,
      after: (entry.after ?? null) as object,
      ip: ip ?? null,
    });
  }

  /** Newest first, paged by id. */
  list(query: AuditQuery): Promise<AuditLog[]> {
    const qb = this.dataSource
      .getRepository(AuditLog)
      .createQueryBuilder('a')
      .orderBy('a.id', 'DESC')
      .limit(query.limit);
    if (query.before) qb.andWhere('a.id < :before', { before: query.before });
    if (query.actor) qb.andWhere('lower(a.actor) = lower(:actor)', { actor: query.actor });
    if (query.targetType) qb.andWhere('a.target_type = :t', { t: query.targetType });
    return qb.getMany();
  }
}
