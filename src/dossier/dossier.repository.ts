import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Dossier, DossierStatusHistory } from './dossier.entity';
import { NotificationOutbox } from '../notify/notification.outbox';
import { writeStatusNotices } from '../notify/status-notices';
import { phoneKey } from './applicant-mask.util';
import { FINAL, RANK, type DossierStatus } from './dossier-status';

export interface DossierUpdate {
  code: string;
  status: DossierStatus;
  statusText: string | null;
  procedureCode?: string;
  applicantName?: string;
  applicantPhone?: string;
  agencyName?: string;
  submissionChannel?: string;
  receivedAt?: Date;
  dueAt?: Date;
  updatedAt?: Date;
}

export type UpsertOutcome = 'created' | 'status_changed' | 'details_changed' | 'unchanged' | 'stale';

const DETAIL_FIELDS = [
  'procedureCode',
  'applicantName',
  'applicantPhone',
  'agencyName',
  'submissionChannel',
] as const;

@Injectable()
export class DossierRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: NotificationOutbox,
  ) {}

  /**
   * Applies one update under a row lock: the same update twice changes nothing, an update older
   * than what is stored (or, undated, one that would move a final dossier back) leaves the status.
   * A status change writes its notices to the outbox in the same transaction.
   */
  upsert(update: DossierUpdate): Promise<UpsertOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Dossier);
      const existing = await repo.findOne({
        where: { code: update.code },
        lock: { mode: 'pessimistic_write' },
      });
      if (!existing) {
        await repo.insert({
          ...this.details(update),
          code: update.code,
          status: update.status,
          statusText: update.statusText,
          sourceUpdatedAt: update.updatedAt ?? null,
        });
        await this.history(manager, update);
        return 'created';
      }
      const stale = !!(
        update.updatedAt &&
        existing.sourceUpdatedAt &&
        update.updatedAt < existing.sourceUpdatedAt
      );
      const backwards =
        !update.updatedAt && FINAL.includes(existing.status) && RANK[update.status] < RANK[existing.status];
      const changes: Partial<Dossier> = {};
      if (!stale) {
        for (const [key, value] of Object.entries(this.details(update)) as [keyof Dossier, unknown][]) {
          if (value !== undefined && !sameValue(existing[key], value))
            (changes as Record<string, unknown>)[key] = value;
        }
      }
      const statusChanges = !stale && !backwards && existing.status !== update.status;
      if (statusChanges) {
        Object.assign(changes, { status: update.status, statusText: update.statusText });
        if (update.updatedAt) changes.sourceUpdatedAt = update.updatedAt;
      }
      if (Object.keys(changes).length === 0) return stale || backwards ? 'stale' : 'unchanged';
      await repo.update({ code: update.code }, changes);
      if (statusChanges) {
        await this.history(manager, update);
        // Same transaction: a status change is never stored without its notices, nor twice with them.
        await writeStatusNotices(this.outbox, manager, update.code, update.status, update.statusText);
      }
      return statusChanges ? 'status_changed' : 'details_changed';
    });
  }

  findByCode(code: string): Promise<Dossier | null> {
    return this.dataSource.getRepository(Dossier).findOne({ where: { code } });
  }

  history(managerOrCode: EntityManager, update: DossierUpdate): Promise<unknown>;
  history(managerOrCode: string): Promise<DossierStatusHistory[]>;
  history(managerOrCode: EntityManager | string, update?: DossierUpdate): Promise<unknown> {
    if (typeof managerOrCode === 'string') {
      return this.dataSource
        .getRepository(DossierStatusHistory)
        .find({ where: { dossierCode: managerOrCode }, order: { at: 'ASC', id: 'ASC' } });
    }
    return managerOrCode.getRepository(DossierStatusHistory).insert({
      dossierCode: update!.code,
      status: update!.status,
      statusText: update!.statusText,
      at: update!.updatedAt ?? new Date(),
    });
  }

  /**
   * Dossiers filed with this phone (compared on its last nine digits, so 09…, 84… and +84… match),
   * newest first. For a citizen whose number Zalo confirmed.
   */
  findByPhone(phone: string, limit = 50): Promise<Dossier[]> {
    const last9 = phoneKey(phone);
    if (!last9) return Promise.resolve([]);
    return (
      this.dataSource
        .getRepository(Dossier)
        .createQueryBuilder('d')
        .where('d.applicant_phone IS NOT NULL')
        // The same expression as idx_dossier_applicant_phone9, so the index answers it.
        .andWhere(`right(regexp_replace(d.applicant_phone, '\\D', '', 'g'), 9) = :last9`, { last9 })
        .orderBy('d.received_at', 'DESC', 'NULLS LAST')
        .addOrderBy('d.code', 'ASC')
        .limit(limit)
        .getMany()
    );
  }

  /** Records a lookup and says how many the key made within the window (this one included). */
  async countLookup(key: string, windowMinutes: number): Promise<number> {
    await this.dataSource.query('INSERT INTO dossier_lookup_attempt (key) VALUES ($1)', [key]);
    const rows: { n: number }[] = await this.dataSource.query(
      'SELECT count(*)::int AS n FROM dossier_lookup_attempt WHERE key = $1 AND at > now() - make_interval(mins => $2)',
      [key, windowMinutes],
    );
    return rows[0].n;
  }

  private details(u: DossierUpdate): Partial<Dossier> {
    const out: Partial<Dossier> = {};
    for (const f of DETAIL_FIELDS) if (u[f] !== undefined) (out as Record<string, unknown>)[f] = u[f];
    if (u.receivedAt) out.receivedAt = u.receivedAt;
    if (u.dueAt) out.dueAt = u.dueAt;
    return out;
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}
