import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CatalogIndexService } from '../catalog/catalog-index.service';
import { monthAxis, vnLocalSql } from '../common/vietnam-day.util';
import type {
  AgencyTally,
  LevelCounts,
  LevelTally,
  MonthTally,
  ProcedureTally,
  RatingGroup,
  RatingReport,
  RatingReportFilter,
} from './rating-report.dto';
import { RATING_LEVELS, type RatingLevel } from './rating.entity';

export const UNKNOWN_AGENCY = '(không rõ cơ quan)';

/** One row of the grouped count: an agency spelling × procedure × level cell. */
interface CountRow {
  agency_key: string | null;
  agency: string | null;
  procedure_code: string | null;
  level: RatingLevel;
  count: number;
}

const emptyTally = (): LevelTally => ({
  total: 0,
  byLevel: Object.fromEntries(RATING_LEVELS.map((l) => [l, 0])) as LevelCounts,
});

function add(tally: LevelTally, level: RatingLevel, count: number): void {
  tally.total += count;
  tally.byLevel[level] += count;
}

/** Largest first; ties by name in Vietnamese alphabetical order so the report reads the same each time. */
const byTotalThenName =
  <T extends { total: number }>(name: (t: T) => string) =>
  (a: T, b: T) =>
    b.total - a.total || name(a).localeCompare(name(b), 'vi');

/**
 * The satisfaction report for staff (Nghị định 61/2018: publish citizens' satisfaction by agency
 * and by procedure). The database does the counting (one GROUP BY per subject); the handful of
 * agency × procedure × level cells are then folded into the totals here.
 */
@Injectable()
export class RatingReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly index: CatalogIndexService,
  ) {}

  async report(filter: RatingReportFilter): Promise<RatingReport> {
    const [groups, byMonth, chat] = await Promise.all([
      this.groups(filter),
      this.months(filter),
      this.chat(filter),
    ]);
    const report: RatingReport = { ...emptyTally(), byAgency: [], byProcedure: [], byMonth, chat };
    const agencies = new Map<string, AgencyTally>();
    const procedures = new Map<string | null, ProcedureTally>();
    for (const g of groups) {
      const agency = agencies.get(g.agency) ?? { agency: g.agency, ...emptyTally() };
      const procedure = procedures.get(g.procedureCode) ?? {
        procedureCode: g.procedureCode,
        ...(g.procedureName ? { procedureName: g.procedureName } : {}),
        ...emptyTally(),
      };
      for (const level of RATING_LEVELS) {
        add(report, level, g.byLevel[level]);
        add(agency, level, g.byLevel[level]);
        add(procedure, level, g.byLevel[level]);
      }
      agencies.set(g.agency, agency);
      procedures.set(g.procedureCode, procedure);
    }
    report.byAgency = [...agencies.values()].sort(byTotalThenName((a) => a.agency));
    report.byProcedure = [...procedures.values()].sort(byTotalThenName((p) => p.procedureCode ?? ''));
    return report;
  }

  /**
   * Dossier ratings per agency × procedure: agencies in the report's order (largest first), and
   * within an agency its procedures largest first. Agency names differing only in case or
   * surrounding spaces are one agency, as the filter treats them.
   */
  async groups(filter: RatingReportFilter): Promise<RatingGroup[]> {
    const where = dossierWhere(filter);
    const rows: CountRow[] = await this.dataSource.query(
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
    const spelling = agencySpellings(rows);
    const cells = new Map<string, RatingGroup>();
    const agencyTotals = new Map<string, number>();
    for (const r of rows) {
      const agency = spelling.get(r.agency_key) ?? UNKNOWN_AGENCY;
      const key = JSON.stringify([r.agency_key, r.procedure_code]);
      const cell = cells.get(key) ?? { agency, ...this.procedure(r.procedure_code), ...emptyTally() };
      add(cell, r.level, r.count);
      cells.set(key, cell);
      agencyTotals.set(agency, (agencyTotals.get(agency) ?? 0) + r.count);
    }
    const rank = new Map(
      [...agencyTotals.entries()]
        .map(([agency, total]) => ({ agency, total }))
        .sort(byTotalThenName((a) => a.agency))
        .map((a, i) => [a.agency, i]),
    );
    const byProcedure = byTotalThenName<RatingGroup>((g) => g.procedureCode ?? '');
    return [...cells.values()].sort((a, b) => rank.get(a.agency)! - rank.get(b.agency)! || byProcedure(a, b));
  }

  /**
   * Dossier ratings per Vietnam month ('YYYY-MM'), oldest first, with the same filters as the
   * totals; every month of the period is listed, months without ratings as zeros, so a chart's
   * axis has no gaps.
   */
  async months(filter: RatingReportFilter): Promise<MonthTally[]> {
    const where = dossierWhere(filter);
    const rows: { month: string; level: RatingLevel; count: number }[] = await this.dataSource.query(
      `SELECT to_char(${vnLocalSql('created_at')}, 'YYYY-MM') AS month, level, count(*)::int AS count
         FROM rating
        WHERE ${where.sql()}
        GROUP BY 1, 2`,
      where.params,
    );
    const months = new Map(
      monthAxis(
        filter,
        rows.map((r) => r.month),
      ).map((month) => [month, { month, ...emptyTally() }]),
    );
    for (const r of rows) {
      const month = months.get(r.month) ?? { month: r.month, ...emptyTally() };
      add(month, r.level, r.count);
      months.set(r.month, month);
    }
    return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
  }

  /** Chat ratings in the period: a chat has no agency or procedure, so only the dates apply. */
  private async chat(filter: RatingReportFilter): Promise<LevelTally> {
    const where = new Where(filter);
    where.push("subject = 'chat'");
    const rows: Pick<CountRow, 'level' | 'count'>[] = await this.dataSource.query(
      `SELECT level, count(*)::int AS count FROM rating WHERE ${where.sql()} GROUP BY level`,
      where.params,
    );
    const tally = emptyTally();
    for (const r of rows) add(tally, r.level, r.count);
    return tally;
  }

  private procedure(code: string | null): Pick<RatingGroup, 'procedureCode' | 'procedureName'> {
    const name = code ? this.index.current().search.document(code)?.name : undefined;
    return name ? { procedureCode: code, procedureName: name } : { procedureCode: code };
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

/**
 * The name shown for each agency whose spellings were merged: the one most of the counted ratings
 * carry (ties in alphabetical order), so one odd upper-case entry does not rename the agency.
 */
function agencySpellings(rows: CountRow[]): Map<string | null, string> {
  const counts = new Map<string | null, Map<string, number>>();
  for (const r of rows) {
    if (!r.agency) continue;
    const spellings = counts.get(r.agency_key) ?? new Map<string, number>();
    spellings.set(r.agency, (spellings.get(r.agency) ?? 0) + r.count);
    counts.set(r.agency_key, spellings);
  }
  return new Map(
    [...counts.entries()].map(([key, spellings]) => {
      const ranked = [...spellings.entries()].map(([agency, total]) => ({ agency, total }));
      return [key, ranked.sort(byTotalThenName((a) => a.agency))[0].agency];
    }),
  );
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
