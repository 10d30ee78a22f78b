import { toCsv, type CsvValue } from '../../feedback/csv.util';
import {
  CHANNEL_LABEL,
  USAGE_CHANNELS,
  type DayUsage,
  type ProcedureUsage,
  type UsagePeriod,
} from './usage-report.dto';

/** One row per day ('YYYY-MM-DD', which Excel reads as a date); a column per channel, always all of them. */
export function usageDaysCsv(days: DayUsage[]): string {
  const header: CsvValue[] = ['Ngày', ...USAGE_CHANNELS.map((c) => CHANNEL_LABEL[c]), 'Tổng'];
  const rows = days.map((d): CsvValue[] => [d.day, ...USAGE_CHANNELS.map((c) => d.byChannel[c]), d.total]);
  return toCsv([header, ...rows]);
}

/** The most asked procedures, ranked; names come from the imported catalog, so they go through csvField. */
export function usageProceduresCsv(procedures: ProcedureUsage[]): string {
  const header: CsvValue[] = ['Hạng', 'Mã thủ tục', 'Tên thủ tục', 'Số tin nhắn', 'Số cuộc hội thoại'];
  const rows = procedures.map((p, i): CsvValue[] => [i + 1, p.code, p.name, p.count, p.conversations]);
  return toCsv([header, ...rows]);
}

/** The download's name says what and which days: staff keep several side by side. */
export function usageCsvFilename(table: 'days' | 'procedures', period: UsagePeriod): string {
  const what = table === 'days' ? 'tin-nhan-theo-ngay' : 'thu-tuc-hoi-nhieu-nhat';
  return `${what}_${period.from}_${period.to}.csv`;
}
