import { z } from 'zod';
import { DAY_MS, VN_OFFSET, vnDayStart } from '../common/vietnam-day.util';
import type { RatingLevel } from './rating.entity';

/**
 * Dates without a time are days in Vietnam (Asia/Ho_Chi_Minh, UTC+7 all year, no daylight saving
 * since 1975), so a fixed offset is exact. Staff ask "from 01/03 to 31/03": `from` is the first
 * instant of its day, a date-only `to` the last millisecond of its day (the whole day counts).
 * A date-time without an offset is read as Vietnam time too; with an offset or Z, as written.
 */
const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true, local: true });
const HAS_OFFSET = /(?:Z|[+-]\d{2}:\d{2})$/i;

const BAD_DATE =
  'không phải ngày hợp lệ (YYYY-MM-DD, ví dụ 2025-03-01) hoặc thời điểm ISO 8601 (ví dụ 2025-03-01T08:00:00+07:00)';

/** A query bound: absent or empty means open-ended; a day resolves to its start or its end. */
function bound(edge: 'start' | 'end') {
  return z
    .string({ message: 'phải là chuỗi (chỉ một giá trị)' })
    .trim()
    .optional()
    .transform((s, ctx): Date | undefined => {
      if (!s) return undefined;
      if (isoDate.safeParse(s).success) {
        const start = vnDayStart(s).getTime();
        return new Date(edge === 'start' ? start : start + DAY_MS - 1);
      }
      if (isoDateTime.safeParse(s).success) {
        return new Date(HAS_OFFSET.test(s) ? s : `${s}${VN_OFFSET}`);
      }
      ctx.addIssue({ code: 'custom', message: BAD_DATE });
      return z.NEVER;
    });
}

/** Optional exact-match text filter; an empty value (a blank form field) means no filter. */
const text = (max: number) =>
  z
    .string({ message: 'phải là chuỗi (chỉ một giá trị)' })
    .trim()
    .max(max, `tối đa ${max} ký tự`)
    .optional()
    .transform((s) => s || undefined);

/** GET /api/reports/ratings query; unknown parameters are refused so typos do not pass silently. */
export const ratingReportQuerySchema = z
  .object({
    from: bound('start'),
    to: bound('end'),
    agency: text(300),
    procedure: text(64),
    format: z.enum(['json', 'csv'], { message: 'chỉ nhận "json" hoặc "csv"' }).default('json'),
    /** Which table the CSV holds: agency × procedure rows (the default) or one row per month. */
    table: z
      .enum(['groups', 'months'], {
        message: 'chỉ nhận "groups" (cơ quan × thủ tục) hoặc "months" (theo tháng)',
      })
      .default('groups'),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from.getTime() <= q.to.getTime(), {
    path: ['to'],
    message: 'ngày kết thúc (to) phải sau hoặc trùng ngày bắt đầu (from)',
  });

export type RatingReportQuery = z.infer<typeof ratingReportQuerySchema>;

/** What the report counts: dossier ratings in [from, to] (both inclusive), optionally narrowed. */
export interface RatingReportFilter {
  from?: Date;
  to?: Date;
  /** Agency name, matched trimmed and case-insensitively, as a whole (not a substring). */
  agency?: string;
  /** Procedure code, matched exactly. */
  procedure?: string;
}

/** Every level is present, 0 when nobody chose it. */
export type LevelCounts = Record<RatingLevel, number>;

export interface LevelTally {
  total: number;
  byLevel: LevelCounts;
}

export interface AgencyTally extends LevelTally {
  agency: string;
}

export interface ProcedureTally extends LevelTally {
  /** null for ratings of dossiers that carried no procedure code. */
  procedureCode: string | null;
  /** The catalog's name; absent when the code is not (or no longer) in the catalog. */
  procedureName?: string;
}

/** One agency × procedure cell: the rows of the CSV export. */
export interface RatingGroup extends LevelTally {
  agency: string;
  procedureCode: string | null;
  procedureName?: string;
}

/** One Vietnam month of dossier ratings. */
export interface MonthTally extends LevelTally {
  /** 'YYYY-MM', the month in Vietnam time the rating was given. */
  month: string;
}

export interface RatingReport extends LevelTally {
  byAgency: AgencyTally[];
  byProcedure: ProcedureTally[];
  /**
   * The same dossier ratings as `total`, per month in order: every month of the period, those
   * without ratings as zeros (see monthAxis for open or very long periods).
   */
  byMonth: MonthTally[];
  /** Chat ratings in the same period; agency and procedure do not apply to a chat. */
  chat: LevelTally;
}
