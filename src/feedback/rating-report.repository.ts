import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { vnLocalSql } from '../common/vietnam-day.util';
import type { RatingReportFilter } from './rating-report.dto';
import { RATING_LEVELS, type RatingLevel } from './rating.entity';

/** One row of the grouped count: an agency spelling × procedure × level cell. */
export interface RatingCountRow {
  agency_key: string | null;
  agency: string | null;
  procedure_code: string | null;
  level: RatingLevel;
  count: number;
}

export interface LevelCountRow {
  level: RatingLevel;
  count: number;
}

/** Read-only counts over `rating` for the satisfaction report; RatingReportService shapes them. */
@Injectable()
export class RatingReportRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Dossier ratings per agency spelling × procedure × level; only the cells that have ratings. */
  dossierCounts(filter: RatingReportFilter): Promise<RatingCountRow[]> {
    const where = dossierWhere(filter);
    return this.dataSource.query(
      `SELECT NULLIF(btrim(agency_name), '') AS agency,
              lower(NULLIF(btrim(agency_name), '')) AS agency_key,
              NULLIF(btrim(procedure_code), '') AS procedure_code,
              level,
              count(*)::int AS count
         FROM rating
        WHERE ${where.sql()}
        GROUP BY 1, 2, 3, 4`,
      where.params,
    );
  }

  /** Dossier ratings per Vietnam month ('YYYY-MM') × level; only the months that have ratings. */
  monthCounts(filter: RatingReportFilter): Promise<({ month: string } & LevelCountRow)[]> {
    const where = dossierWhere(filter);
    return this.dataSource.query(
      `SELECT to_char(${vnLocalSql('created_at')}, 'YYYY-MM') AS month, level, count(*)::int AS count
         FROM rating
        WHERE ${where.sql()}
        GROUP BY 1, 2`,
      where.params,
    );
  }

  /** Chat ratings per level: a chat has no agency or procedure, so only the dates apply. */
  chatCounts(filter: RatingReportFilter): Promise<LevelCountRow[]> {
    const where = new Where(filter);
    where.push("subject = 'chat'");
    return this.dataSource.query(
      `SELECT level, count(*)::int AS count FROM rating WHERE ${where.sql()} GROUP BY level`,
      where.params,
    );
  }
}

/** Dossier ratings in the period, narrowed by agency and procedure when asked. */
function dossierWhere(filter: RatingReportFilter): Where {
  const where = new Where(filter);
  where.push("subject = 'dossier'");
  if (filter.agency) where.push(`lower(btrim(agency_name)) = lower($${where.param(filter.agency.trim())})`);
  if (filter.procedure) where.push(`procedure_code = $${where.param(filter.procedure.trim())}`);
  return where;
}

/** A WHERE clause built from fixed SQL fragments; every value travels as a numbered parameter. */
class Where {
  readonly params: unknown[] = [];
  private readonly parts: string[] = [];

  constructor(filter: RatingReportFilter) {
    // Only the three known levels are counted, so a total always equals the sum of its levels.
    this.push(`level IN (${RATING_LEVELS.map((l) => `$${this.param(l)}`).join(', ')})`);
    if (filter.from) this.push(`created_at >= $${this.param(filter.from.toISOString())}::timestamptz`);
    // `to` is inclusive; a Date resolves to the millisecond while timestamptz keeps microseconds,
    // so "up to and including that millisecond" is "before the next one" (and still uses the index).
    if (filter.to) {
      const next = new Date(filter.to.getTime() + 1).toISOString();
      this.push(`created_at < $${this.param(next)}::timestamptz`);
    }
  }

  param(value: unknown): number {
    return this.params.push(value);
  }

  push(sql: string): void {
    this.parts.push(sql);
  }

  sql(): string {
    return this.parts.join(' AND ');
  }
}
