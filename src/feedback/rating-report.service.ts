import { Injectable } from '@nestjs/common';
import { CatalogIndexService } from '../catalog/catalog-index.service';
import { monthAxis } from '../common/vietnam-day.util';
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
import { RatingReportRepository, type RatingCountRow } from './rating-report.repository';
import { RATING_LEVELS, type RatingLevel } from './rating.entity';

export const UNKNOWN_AGENCY = '(không rõ cơ quan)';

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
 * and by procedure). The database does the counting (RatingReportRepository, one GROUP BY per
 * subject); the handful of agency × procedure × level cells are then folded into the totals here.
 */
@Injectable()
export class RatingReportService {
  constructor(
    private readonly ratings: RatingReportRepository,
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
    const rows = await this.ratings.dossierCounts(filter);
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
    const rows = await this.ratings.monthCounts(filter);
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
    const rows = await this.ratings.chatCounts(filter);
    const tally = emptyTally();
    for (const r of rows) add(tally, r.level, r.count);
    return tally;
  }

  private procedure(code: string | null): Pick<RatingGroup, 'procedureCode' | 'procedureName'> {
    const name = code ? this.index.current().search.document(code)?.name : undefined;
    return name ? { procedureCode: code, procedureName: name } : { procedureCode: code };
  }
}

/**
 * The name shown for each agency whose spellings were merged: the one most of the counted ratings
 * carry (ties in alphabetical order), so one odd upper-case entry does not rename the agency.
 */
function agencySpellings(rows: RatingCountRow[]): Map<string | null, string> {
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
