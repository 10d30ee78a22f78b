import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { maskPersonalData } from '../nlu/entities/personal-data.util';
import type { Notification, NoticeChannel, NoticeKind } from './notify.entities';

export interface NoticeToWrite {
  kind: NoticeKind;
  dossierCode: string;
  /** Makes the idempotency key: the status, or the due date a reminder is about. */
  about: string;
  payload: Record<string, string | null>;
  /** Kinds some channels cannot carry (a rating prompt to a bare phone number). */
  channels?: string[];
  /** Written for each subscriber after this kind's row of the same subscriber, and sent after it. */
  after?: { kind: NoticeKind; about: string };
}

/** A notice to one chat, not to a dossier's subscribers (a staff member's reply to a citizen). */
export interface DirectNoticeToWrite {
  kind: NoticeKind;
  /** What the notice is about: a dossier code, or a citizen request's reference. */
  subject: string;
  /** Makes the idempotency key unique for this subject and recipient (the reply note's id). */
  about: string;
  channel: NoticeChannel;
  recipient: string;
  payload: Record<string, string | null>;
}

/** Whether a failed send should be tried again, and when. */
export interface FailedDelivery {
  error: string;
  permanent: boolean;
  retryAfterMs?: number;
}

export function noticeKey(kind: string, code: string, about: string, channel: string, recipient: string) {
  return `${kind}:${code}:${about}:${channel}:${recipient}`;
}

/**
 * The notification outbox. Rows are written in the transaction that changed the dossier, one per
 * active subscriber, under an idempotency key; workers of any number of instances claim them with
 * FOR UPDATE SKIP LOCKED and a lease, so a crash re-delivers and a retry never doubles a notice.
 */
@Injectable()
export class NotificationOutbox {
  private readonly listeners = new Set<() => void>();

  constructor(private readonly dataSource: DataSource) {}

  /** Writes the notice for every active subscriber of the dossier; how many rows were new. */
  async write(manager: EntityManager, notice: NoticeToWrite): Promise<number> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO notification (idempotency_key, kind, dossier_code, channel, recipient, payload, after_id)
       SELECT $1 || ':' || s.dossier_code || ':' || $3 || ':' || s.channel || ':' || s.recipient,
              $1, s.dossier_code, s.channel, s.recipient, $4::jsonb,
              (SELECT p.id FROM notification p
                WHERE p.idempotency_key = $6 || ':' || s.dossier_code || ':' || $7 || ':' || s.channel || ':' || s.recipient)
         FROM dossier_subscription s
        WHERE s.dossier_code = $2 AND s.active AND ($5::text[] IS NULL OR s.channel = ANY($5::text[]))
       ON CONFLICT (idempotency_key) DO NOTHING
       RETURNING id`,
      [
        notice.kind,
        notice.dossierCode,
        notice.about,
        JSON.stringify(notice.payload),
        notice.channels ?? null,
        notice.after?.kind ?? '',
        notice.after?.about ?? '',
      ],
    );
    if (rows.length) this.wakeSoon();
    return rows.length;
  }

  /** Writes one notice to one chat; its id (the same row's id again for the same key). */
  async writeTo(manager: EntityManager, notice: DirectNoticeToWrite): Promise<number> {
    const key = noticeKey(notice.kind, notice.subject, notice.about, notice.channel, notice.recipient);
    // DO UPDATE (a no-op) rather than DO NOTHING, so that RETURNING also gives an existing row's id.
    const rows: { id: number }[] = await manager.query(
      `INSERT INTO notification (idempotency_key, kind, dossier_code, channel, recipient, payload)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb)
       ON CONFLICT (idempotency_key) DO UPDATE SET idempotency_key = EXCLUDED.idempotency_key
       RETURNING id`,
      [key, notice.kind, notice.subject, notice.channel, notice.recipient, JSON.stringify(notice.payload)],
    );
    this.wakeSoon();
    return Number(rows[0].id);
  }

  /** A pull chat's waiting notices, left waiting until the app says it showed them (acknowledge). */
  async pendingForChat(channel: string, recipient: string, limit = 50): Promise<Notification[]> {
    const rows: RawNotification[] = await this.dataSource.query(
      `SELECT * FROM notification WHERE channel = $1 AND recipient = $2 AND state = 'pending' ORDER BY id LIMIT $3`,
      [channel, recipient, limit],
    );
    return rows.map(fromRaw);
  }

  /** Marks these notices of this chat delivered (ids of other chats are ignored); how many were. */
  async acknowledgeForChat(channel: string, recipient: string, ids: number[]): Promise<number> {
    if (ids.length === 0) return 0;
    return (
      await this.updateReturning(
        `UPDATE notification n SET state = 'sent', sent_at = now(), attempts = n.attempts + 1
          WHERE n.channel = $1 AND n.recipient = $2 AND n.state = 'pending' AND n.id = ANY($3::bigint[])
         RETURNING n.*`,
        [channel, recipient, ids],
      )
    ).length;
  }

  /** Whether this chat was ever given this kind of notice about the dossier (e.g. invited to rate it). */
  async hasNotice(
    kind: NoticeKind,
    dossierCode: string,
    channel: string,
    recipient: string,
  ): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM notification WHERE kind = $1 AND dossier_code = $2 AND channel = $3 AND recipient = $4 LIMIT 1`,
      [kind, dossierCode, channel, recipient],
    );
    return rows.length > 0;
  }

  /** Wakes local workers once the writing transaction has committed (others poll). */
  onWritten(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Takes up to `limit` notices due now — and ones whose sender crashed (lease over) — for
   * `leaseSeconds`; skips rows another worker holds and notices waiting for an earlier one.
   */
  async claim(channels: string[], limit: number, leaseSeconds: number): Promise<Notification[]> {
    return this.updateReturning(
      `UPDATE notification n
          SET state = 'sending', attempts = n.attempts + 1,
              locked_until = now() + make_interval(secs => $3)
        WHERE n.id IN (
          SELECT c.id FROM notification c
           WHERE c.channel = ANY($1::text[])
             AND ((c.state = 'pending' AND c.next_attempt_at <= now())
               OR (c.state = 'sending' AND c.locked_until < now()))
             AND (c.after_id IS NULL OR EXISTS (
                   SELECT 1 FROM notification d
                    WHERE d.id = c.after_id AND d.state IN ('sent', 'dead', 'skipped')))
           ORDER BY c.id
           LIMIT $2
           FOR UPDATE SKIP LOCKED)
       RETURNING n.*`,
      [channels, limit, leaseSeconds],
    );
  }

  async sent(id: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification SET state = 'sent', sent_at = now(), locked_until = NULL, last_error = NULL
        WHERE id = $1`,
      [id],
    );
  }

  /** Claimed notices not started (shutdown): due again now, the claim not counted as an attempt. */
  async release(ids: number[]): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query(
      `UPDATE notification SET state = 'pending', attempts = attempts - 1, locked_until = NULL
        WHERE id = ANY($1::int[]) AND state = 'sending'`,
      [ids],
    );
  }

  async skipped(id: number, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification SET state = 'skipped', locked_until = NULL, last_error = $2 WHERE id = $1`,
      [id, reason],
    );
  }

  /** Back to pending after a back-off, or dead after the last attempt or a permanent error. */
  async failed(notice: Notification, failure: FailedDelivery, maxAttempts: number, baseMs: number) {
    const dead = failure.permanent || notice.attempts >= maxAttempts;
    const delayMs = failure.retryAfterMs ?? backoffMs(notice.attempts, baseMs);
    await this.dataSource.query(
      `UPDATE notification
          SET state = $2, locked_until = NULL, last_error = $3,
              next_attempt_at = now() + make_interval(secs => $4)
        WHERE id = $1`,
      [notice.id, dead ? 'dead' : 'pending', maskPersonalData(failure.error).slice(0, 500), delayMs / 1000],
    );
    return dead ? 'dead' : 'retry';
  }

  /** Notices for a web chat, shown on its next visit: taken once, marked sent. */
  async takeForChat(channel: string, recipient: string): Promise<Notification[]> {
    return this.updateReturning(
      `UPDATE notification n SET state = 'sent', sent_at = now(), attempts = n.attempts + 1
        WHERE n.id IN (
          SELECT id FROM notification
           WHERE channel = $1 AND recipient = $2 AND state = 'pending'
           ORDER BY id FOR UPDATE SKIP LOCKED)
       RETURNING n.*`,
      [channel, recipient],
    );
  }

  /** An UPDATE … RETURNING read as rows (TypeORM's plain query() gives [rows, count] for it), in id order. */
  private async updateReturning(sql: string, params: unknown[]): Promise<Notification[]> {
    const runner = this.dataSource.createQueryRunner();
    try {
      const result = await runner.query(sql, params, true);
      return (result.records as RawNotification[]).map(fromRaw).sort((a, b) => a.id - b.id);
    } finally {
      await runner.release();
    }
  }

  /** Notices that could not be delivered, newest first, for staff. */
  async list(state: string, limit: number): Promise<Notification[]> {
    const rows: RawNotification[] = await this.dataSource.query(
      `SELECT * FROM notification WHERE state = $1 ORDER BY id DESC LIMIT $2`,
      [state, limit],
    );
    return rows.map(fromRaw);
  }

  /** Wakes local workers a moment later, once the writing transaction has committed; others poll. */
  private wakeSoon(): void {
    setTimeout(() => this.listeners.forEach((listener) => listener()), 50).unref();
  }
}

/** 1×, 2×, 4× … the base, at most an hour. */
export function backoffMs(attempts: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), 3600_000);
}

type RawNotification = Record<string, unknown>;

function fromRaw(r: RawNotification): Notification {
  return {
    id: Number(r.id),
    idempotencyKey: r.idempotency_key as string,
    kind: r.kind as Notification['kind'],
    dossierCode: r.dossier_code as string,
    channel: r.channel as Notification['channel'],
    recipient: r.recipient as string,
    payload: r.payload as Notification['payload'],
    state: r.state as Notification['state'],
    attempts: Number(r.attempts),
    nextAttemptAt: r.next_attempt_at as Date,
    lockedUntil: (r.locked_until as Date | null) ?? null,
    afterId: r.after_id === null ? null : Number(r.after_id),
    lastError: (r.last_error as string | null) ?? null,
    createdAt: r.created_at as Date,
    sentAt: (r.sent_at as Date | null) ?? null,
  };
}
