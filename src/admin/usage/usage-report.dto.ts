import { z } from 'zod';
import { addDays, daysInclusive, vnDay } from '../../common/vietnam-day.util';
import type { InboundMessage } from '../../dialogue/dialogue.types';
import type { TurnOutcome } from './turn-log.entity';

/** The channels the report counts, in the order its tables show them. */
export const USAGE_CHANNELS = [
  'web',
  'telegram',
  'zalo',
  'miniapp',
] as const satisfies readonly InboundMessage['channel'][];
export type UsageChannel = (typeof USAGE_CHANNELS)[number];

export const CHANNEL_LABEL: Record<UsageChannel, string> = {
  web: 'Web',
  telegram: 'Telegram',
  zalo: 'Zalo OA',
  miniapp: 'Zalo Mini App',
};

/** A Record over the type, so a new outcome cannot be added to the entity without a label here. */
export const OUTCOME_LABEL: Record<TurnOutcome, string> = {
  procedure: 'Trả lời về thủ tục',
  clarify: 'Hỏi lại cho rõ',
  none: 'Chưa hiểu câu hỏi',
  faq: 'Câu hỏi thường gặp',
  flow: 'Luồng hướng dẫn',
  dossier: 'Tra cứu hồ sơ',
  handoff: 'Chuyển cán bộ',
  complaint: 'Phản ánh, kiến nghị',
  small_talk: 'Chào hỏi, trò chuyện',
  other: 'Khác',
};
export const TURN_OUTCOMES = Object.keys(OUTCOME_LABEL) as TurnOutcome[];

/** Without from/to the report covers the last 30 days, today (Vietnam time) included. */
export const DEFAULT_USAGE_DAYS = 30;
/** A year, leap day included: longer periods make a per-day table nobody reads and a slow query. */
export const MAX_USAGE_DAYS = 366;
export const TOP_PROCEDURES = 10;

const isoDate = z.iso.date();
const BAD_DAY = 'không phải ngày hợp lệ (YYYY-MM-DD, ví dụ 2025-03-01)';
const STRING = { message: 'phải là chuỗi (chỉ một giá trị)' };

/** An optional Vietnam day; an empty value (a blank form field) means the default. */
const day = z
  .string(STRING)
  .trim()
  .optional()
  .transform((s) => s || undefined)
  .refine((s) => s === undefined || isoDate.safeParse(s).success, { message: BAD_DAY });

/** The report's days, both inclusive, in Vietnam time ('YYYY-MM-DD'). */
export interface UsagePeriod {
  from: string;
  to: string;
}

/** Fills the defaults: `to` is today, `from` 29 days before `to`. Pages call this with their own today. */
export function usagePeriod(query: { from?: string; to?: string }, today: string): UsagePeriod {
  const to = query.to ?? today;
  return { from: query.from ?? addDays(to, -(DEFAULT_USAGE_DAYS - 1)), to };
}

/** Why a period cannot be reported (a Vietnamese reason naming the field), or undefined when it can. */
export function usagePeriodProblem(period: UsagePeriod): { path: string; message: string } | undefined {
  const days = daysInclusive(period.from, period.to);
  if (days < 1)
    return {
      path: 'to',
      message: 'ngày kết thúc (to, mặc định hôm nay) phải sau hoặc trùng ngày bắt đầu (from)',
    };
  if (days > MAX_USAGE_DAYS)
    return {
      path: 'from',
      message: `khoảng thời gian tối đa ${MAX_USAGE_DAYS} ngày (đang chọn ${days} ngày)`,
    };
  return undefined;
}

/** GET /api/reports/usage query, resolved to a whole period; "today" is read when a request is parsed. */
export const usageReportQuerySchema = z
  .object({
    from: day,
    to: day,
    channel: z
      .string(STRING)
      .trim()
      .optional()
      .transform((s) => s || undefined)
      .pipe(
        z.enum(USAGE_CHANNELS, { message: `chỉ nhận một trong: ${USAGE_CHANNELS.join(', ')}` }).optional(),
      ),
    format: z.enum(['json', 'csv'], { message: 'chỉ nhận "json" hoặc "csv"' }).default('json'),
    /** Which table the CSV holds: messages per day (the default) or the most asked procedures. */
    table: z
      .enum(['days', 'procedures'], {
        message: 'chỉ nhận "days" (theo ngày) hoặc "procedures" (thủ tục hỏi nhiều)',
      })
      .default('days'),
  })
  .strict()
  .transform((q, ctx) => {
    const period = usagePeriod(q, vnDay(new Date()));
    const problem = usagePeriodProblem(period);
    if (problem) {
      ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
      return z.NEVER;
    }
    return { ...period, channel: q.channel, format: q.format, table: q.table };
  });

export type UsageReportQuery = z.infer<typeof usageReportQuerySchema>;

/** What the report counts: turns on the period's Vietnam days, optionally on one channel. */
export interface UsageFilter extends UsagePeriod {
  channel?: UsageChannel;
}

/** Every channel is present, 0 when it had no messages. */
export type ChannelCounts = Record<UsageChannel, number>;

export interface DayUsage {
  day: string;
  byChannel: ChannelCounts;
  total: number;
}

export interface MessageUsage {
  total: number;
  byChannel: ChannelCounts;
  /** Every day of the period in order, days without messages as zeros. */
  byDay: DayUsage[];
}

export interface ProcedureUsage {
  code: string;
  /** The catalog's name; null when the code is not (or no longer) in the catalog. */
  name: string | null;
  /** Answers about the procedure (citizen messages). */
  count: number;
  /** Conversations that asked about it at least once. */
  conversations: number;
}

export interface ConversationStats {
  total: number;
  /** Conversations with at least one turn that was not small talk: the rate's denominator. */
  substantive: number;
  answered: number;
  handedOff: number;
  /** Answered and never handed off: the rate's numerator. */
  resolved: number;
  /** resolved / substantive, 0..1 rounded to 4 decimals; null when there is nothing to divide by. */
  resolutionRate: number | null;
}

/** Every known outcome is present (0 when none); an outcome the report does not know yet keeps its own key. */
export type OutcomeCounts = Record<TurnOutcome, number> & Record<string, number>;

export interface UsageReport extends UsagePeriod {
  channel: UsageChannel | null;
  messages: MessageUsage;
  topProcedures: ProcedureUsage[];
  conversations: ConversationStats;
  outcomes: OutcomeCounts;
  /** How the numbers are counted, in Vietnamese, for the page and for whoever reads the JSON. */
  definitions: Record<'conversation' | 'answered' | 'handedOff' | 'resolutionRate' | 'messages', string>;
}
