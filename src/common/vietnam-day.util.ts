/**
 * Calendar days and months as staff in Vietnam read them. Asia/Ho_Chi_Minh is UTC+7 all year (no
 * daylight saving since 1975), so a fixed offset is exact and needs no time-zone database, which
 * the embedded PostgreSQL (PGlite) may lack. Days are 'YYYY-MM-DD' strings, months 'YYYY-MM'.
 */
export const VN_OFFSET = '+07:00';
export const VN_OFFSET_MS = 7 * 3600 * 1000;
export const DAY_MS = 24 * 3600 * 1000;

/**
 * The SQL expression turning a timestamptz column into Vietnam local time. An INTERVAL offset is
 * read with the ISO sign (east is +); a bare '+07' string would be POSIX-style and mean UTC-7.
 */
export const vnLocalSql = (column: string) => `(${column} AT TIME ZONE INTERVAL '${VN_OFFSET}')`;

/** The first instant of a Vietnam day. */
export function vnDayStart(day: string): Date {
  return new Date(`${day}T00:00:00${VN_OFFSET}`);
}

/** The Vietnam day an instant falls on. */
export function vnDay(at: Date): string {
  return new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** The Vietnam month ('YYYY-MM') an instant falls on. */
export function vnMonth(at: Date): string {
  return vnDay(at).slice(0, 7);
}

/** The day `n` days after (or before, when negative) a day. Calendar arithmetic, in UTC to stay exact. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** How many days from `from` to `to`, both counted: the same day is 1. */
export function daysInclusive(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/** Every day from `from` to `to` (inclusive), in order: a chart's continuous axis. Empty when from > to. */
export function dayRange(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** How many months from `from` to `to` ('YYYY-MM'), both counted: the same month is 1. */
export function monthsInclusive(from: string, to: string): number {
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
  return index(to) - index(from) + 1;
}

/** Every month from `from` to `to` (inclusive, 'YYYY-MM'), in order. Empty when from > to. */
export function monthRange(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number);
  const label = () => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  for (let m = label(); m <= to; m = label()) {
    months.push(m);
    if (++month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

/** A chart of a long period would be unreadable; past this many months only months with data set the axis. */
export const MAX_MONTH_AXIS = 120;

/**
 * The months a per-month series shows: from the period's first month to its last, so months without
 * data read as zeros on a continuous axis. An open end (or a period too long to chart) falls back to
 * the first or last month that has data. No bounds and no data: no months.
 */
export function monthAxis(period: { from?: Date; to?: Date }, dataMonths: string[]): string[] {
  const sorted = [...dataMonths].sort();
  let first = period.from ? vnMonth(period.from) : sorted[0];
  let last = period.to ? vnMonth(period.to) : sorted[sorted.length - 1];
  if (first && last && monthsInclusive(first, last) > MAX_MONTH_AXIS) {
    [first, last] = [sorted[0], sorted[sorted.length - 1]];
  }
  return first && last ? monthRange(first, last) : [];
}
