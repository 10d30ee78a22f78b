import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { vnLocalSql } from '../../common/vietnam-day.util';

/** The turns a query reads: [start, end) and the channels counted. */
export interface TurnRange {
  start: Date;
  /** Exclusive: the first instant after the period. */
  end: Date;
  channels: readonly string[];
}

/** Which outcomes make a conversation answered, handed off, or not count (small talk only). */
export interface ConversationRules {
  answered: readonly string[];
  handedOff: readonly string[];
  ignored: readonly string[];
}

export interface DailyChannelCount {
  day: string;
  channel: string;
  count: number;
}

export interface ProcedureCount {
  code: string;
  name: string | null;
  count: number;
  conversations: number;
}

export interface ConversationCounts {
  total: number;
  substantive: number;
  answered: number;
  handed_off: number;
  resolved: number;
}

/** The Vietnam day of a turn, as a date. */
const vnDayOf = (t = '') => `${vnLocalSql(`${t}at`)}::date`;
/** A conversation: one user on one channel on one Vietnam day. */
const conversationKey = (t = '') => `${t}channel, ${t}user_key, ${vnDayOf(t)}`;
/** Every query's filter (table alias optional); values always travel as parameters $1–$3. */
const where = (t = '') => `${t}at >= $1::timestamptz AND ${t}at < $2::timestamptz AND ${t}channel = ANY($3)`;

function params(range: TurnRange): unknown[] {
  return [range.start.toISOString(), range.end.toISOString(), range.channels];
}

/**
 * Read-only counts over turn_log for the usage report. The database does the counting (one GROUP BY
 * each, on the (channel, at) and (at) indexes); the service shapes the result.
 */
@Injectable()
export class UsageReportRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Messages per Vietnam day and channel; only the cells that have messages. */
  dailyCounts(range: TurnRange): Promise<DailyChannelCount[]> {
    return this.dataSource.query(
      `SELECT to_char(${vnDayOf()}, 'YYYY-MM-DD') AS day, channel, count(*)::int AS count
         FROM turn_log
        WHERE ${where()}
        GROUP BY 1, 2`,
      params(range),
    );
  }

  /** Procedures answered about, most first (ties by code), with the catalog's name when it has the code. */
  procedureCounts(range: TurnRange, limit: number): Promise<ProcedureCount[]> {
    return this.dataSource.query(
      `SELECT t.procedure_code AS code, p.name,
              count(*)::int AS count,
              count(DISTINCT (${conversationKey('t.')}))::int AS conversations
         FROM turn_log t
         LEFT JOIN procedure p ON p.code = t.procedure_code
        WHERE ${where('t.')}
          AND btrim(t.procedure_code) <> ''
        GROUP BY t.procedure_code, p.name
        ORDER BY count DESC, t.procedure_code COLLATE "C"
        LIMIT $4`,
      [...params(range), limit],
    );
  }

  /** Conversations and how they ended, classified by the rules given. */
  async conversationCounts(range: TurnRange, rules: ConversationRules): Promise<ConversationCounts> {
    const [row]: ConversationCounts[] = await this.dataSource.query(
      `WITH conversation AS (
         SELECT bool_or(outcome = ANY($4)) AS answered,
                bool_or(outcome = ANY($5)) AS handed_off,
                bool_or(outcome <> ALL($6)) AS substantive
           FROM turn_log
          WHERE ${where()}
          GROUP BY ${conversationKey()})
       SELECT count(*)::int AS total,
              count(*) FILTER (WHERE substantive)::int AS substantive,
              count(*) FILTER (WHERE answered)::int AS answered,
              count(*) FILTER (WHERE handed_off)::int AS handed_off,
              count(*) FILTER (WHERE answered AND NOT handed_off)::int AS resolved
         FROM conversation`,
      [...params(range), rules.answered, rules.handedOff, rules.ignored],
    );
    return row;
  }

  /** Messages per outcome; only the outcomes that occurred. */
  outcomeCounts(range: TurnRange): Promise<{ outcome: string; count: number }[]> {
    return this.dataSource.query(
      `SELECT outcome, count(*)::int AS count FROM turn_log WHERE ${where()} GROUP BY outcome`,
      params(range),
    );
  }
}
