import { Injectable } from '@nestjs/common';
import { addDays, dayRange, vnDayStart } from '../../common/vietnam-day.util';
import type { TurnOutcome } from './turn-log.entity';
import {
  TOP_PROCEDURES,
  TURN_OUTCOMES,
  USAGE_CHANNELS,
  type ChannelCounts,
  type ConversationStats,
  type DayUsage,
  type MessageUsage,
  type OutcomeCounts,
  type ProcedureUsage,
  type UsageFilter,
  type UsageReport,
} from './usage-report.dto';
import {
  UsageReportRepository,
  type ConversationRules,
  type DailyChannelCount,
  type TurnRange,
} from './usage-report.repository';

/**
 * The resolution rate, defined once here (USAGE_DEFINITIONS says the same to staff):
 * - a conversation is one user (user_key) on one channel on one Vietnam day;
 * - it was answered when at least one turn answered the question itself: a procedure, an FAQ entry,
 *   a guided flow or a dossier lookup;
 * - it was handed off when a turn passed it to staff or took a complaint (phản ánh, kiến nghị);
 * - the rate is answered-and-never-handed-off over conversations with at least one turn that was
 *   not small talk, so a citizen who only said "chào" neither helps nor hurts it.
 * Clarifying questions, "not understood" and "other" count in the denominator but never as answered.
 */
export const CONVERSATION_RULES: ConversationRules = {
  answered: ['procedure', 'faq', 'flow', 'dossier'] satisfies TurnOutcome[],
  handedOff: ['handoff', 'complaint'] satisfies TurnOutcome[],
  ignored: ['small_talk'] satisfies TurnOutcome[],
};

export const USAGE_DEFINITIONS: UsageReport['definitions'] = {
  messages: 'Số tin nhắn của người dân đã được trợ lý trả lời, theo ngày giờ Việt Nam.',
  conversation:
    'Một cuộc hội thoại là các tin nhắn của cùng một người trên cùng một kênh trong cùng một ngày (giờ Việt Nam).',
  answered:
    'Được trả lời: cuộc hội thoại có ít nhất một lượt trả lời về thủ tục, câu hỏi thường gặp, luồng hướng dẫn hoặc tra cứu hồ sơ.',
  handedOff:
    'Chuyển cán bộ: cuộc hội thoại có ít nhất một lượt chuyển cho cán bộ hoặc tiếp nhận phản ánh, kiến nghị.',
  resolutionRate:
    'Tỷ lệ tự giải quyết = số cuộc hội thoại được trả lời và không chuyển cán bộ / số cuộc hội thoại có ít nhất một lượt không phải chào hỏi, trò chuyện xã giao.',
};

const zeroChannels = (): ChannelCounts =>
  Object.fromEntries(USAGE_CHANNELS.map((c) => [c, 0])) as ChannelCounts;

/** Every day of the period with its per-channel counts, days without messages as zeros. */
export function fillDays(from: string, to: string, rows: DailyChannelCount[]): DayUsage[] {
  const days = new Map(dayRange(from, to).map((day) => [day, { day, byChannel: zeroChannels(), total: 0 }]));
  for (const r of rows) {
    const day = days.get(r.day);
    if (!day || !(r.channel in day.byChannel)) continue; // the query only returns the period's channels
    day.byChannel[r.channel as keyof ChannelCounts] += r.count;
    day.total += r.count;
  }
  return [...days.values()];
}

/** A share in 0..1 to 4 decimals (a percentage to 2); null when there is nothing to divide by. */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;
}

/**
 * The usage report for staff: messages per day and channel, the most asked procedures, and how
 * conversations ended. Each part is its own method so a page can draw one chart without the rest;
 * every method takes a resolved period (see usagePeriod for the defaults and limits).
 */
@Injectable()
export class UsageReportService {
  constructor(private readonly turns: UsageReportRepository) {}

  /** Everything the JSON API returns. */
  async report(filter: UsageFilter): Promise<UsageReport> {
    const [messages, topProcedures, conversations, outcomes] = await Promise.all([
      this.messages(filter),
      this.topProcedures(filter),
      this.conversations(filter),
      this.outcomes(filter),
    ]);
    return {
      from: filter.from,
      to: filter.to,
      channel: filter.channel ?? null,
      messages,
      topProcedures,
      conversations,
      outcomes,
      definitions: USAGE_DEFINITIONS,
    };
  }

  /** Messages in the period: the total, per channel, and per day (a continuous axis). */
  async messages(filter: UsageFilter): Promise<MessageUsage> {
    const byDay = fillDays(filter.from, filter.to, await this.turns.dailyCounts(range(filter)));
    const byChannel = zeroChannels();
    for (const d of byDay) for (const c of USAGE_CHANNELS) byChannel[c] += d.byChannel[c];
    return { total: byDay.reduce((sum, d) => sum + d.total, 0), byChannel, byDay };
  }

  /** The procedures answered about most (messages), with their catalog names. */
  topProcedures(filter: UsageFilter, limit = TOP_PROCEDURES): Promise<ProcedureUsage[]> {
    return this.turns.procedureCounts(range(filter), limit);
  }

  /** Conversations and the resolution rate, as defined by CONVERSATION_RULES. */
  async conversations(filter: UsageFilter): Promise<ConversationStats> {
    const c = await this.turns.conversationCounts(range(filter), CONVERSATION_RULES);
    return {
      total: c.total,
      substantive: c.substantive,
      answered: c.answered,
      handedOff: c.handed_off,
      resolved: c.resolved,
      resolutionRate: rate(c.resolved, c.substantive),
    };
  }

  /** Messages per outcome; every known outcome is listed, 0 when none. */
  async outcomes(filter: UsageFilter): Promise<OutcomeCounts> {
    const counts = Object.fromEntries(TURN_OUTCOMES.map((o) => [o, 0])) as OutcomeCounts;
    for (const r of await this.turns.outcomeCounts(range(filter)))
      counts[r.outcome] = (counts[r.outcome] ?? 0) + r.count;
    return counts;
  }
}

/** The period's Vietnam days as instants: from the first day's midnight to the midnight after the last. */
function range(filter: UsageFilter): TurnRange {
  return {
    start: vnDayStart(filter.from),
    end: vnDayStart(addDays(filter.to, 1)),
    channels: filter.channel ? [filter.channel] : USAGE_CHANNELS,
  };
}
