import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  CitizenRequest,
  type CitizenRequestKind,
  type CitizenRequestStatus,
} from '../../dialogue/requests/citizen-request.entity';
import type { NoticeState } from '../../notify/notify.entities';
import type { RequestNoteKind } from './request-note.entity';

export interface RequestFilter {
  status?: CitizenRequestStatus;
  kind?: CitizenRequestKind;
  /** A staff member's id, or 'none' for requests nobody has taken. */
  assignee?: number | 'none';
}

export interface AssigneeRow {
  id: number;
  username: string;
  displayName: string;
}

export interface RequestRow {
  id: number;
  reference: string;
  kind: CitizenRequestKind;
  channel: string;
  /** The citizen's id on their channel: where a reply goes. */
  userId: string;
  status: CitizenRequestStatus;
  content: string | null;
  contactPhone: string | null;
  assignee: AssigneeRow | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface NoteRow {
  id: number;
  kind: RequestNoteKind;
  text: string;
  author: string;
  authorId: number | null;
  authorDisplayName: string | null;
  createdAt: Date;
  /** The reply's notification row; null for a note (or a reply whose row was pruned). */
  delivery: { state: NoticeState; lastError: string | null; attempts: number; sentAt: Date | null } | null;
}

export interface NewNote {
  requestId: number;
  kind: RequestNoteKind;
  text: string;
  author: string;
}

/** The request with its assignee's names; `content` is the content column or a cut of it. */
const requestColumns = (content = 'r.content') =>
  `r.id, r.reference, r.kind, r.channel, r.user_id, r.status, ${content} AS content, r.contact_phone,
   r.created_at, r.updated_at, r.assignee_id, u.username AS assignee_username, u.display_name AS assignee_name`;

/** The inbox's queries over citizen_request, request_note and the replies' notification rows. */
@Injectable()
export class InboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first; `contentChars` cuts the content in the database (a list needs a preview only). */
  async list(
    filter: RequestFilter,
    offset: number,
    limit: number,
    contentChars: number,
  ): Promise<{ rows: RequestRow[]; total: number }> {
    const params: unknown[] = [];
    const where: string[] = [];
    const bind = (value: unknown) => `$${params.push(value)}`;
    if (filter.status) where.push(`r.status = ${bind(filter.status)}`);
    if (filter.kind) where.push(`r.kind = ${bind(filter.kind)}`);
    if (filter.assignee === 'none') where.push('r.assignee_id IS NULL');
    else if (filter.assignee !== undefined) where.push(`r.assignee_id = ${bind(filter.assignee)}`);
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }]: { total: string }[] = await this.dataSource.query(
      `SELECT count(*) AS total FROM citizen_request r ${whereSql}`,
      params,
    );
    const raw: RawRequest[] = await this.dataSource.query(
      `SELECT ${requestColumns(`left(r.content, ${bind(contentChars)})`)}
         FROM citizen_request r LEFT JOIN staff_user u ON u.id = r.assignee_id
         ${whereSql}
        ORDER BY r.created_at DESC, r.id DESC
        LIMIT ${bind(limit)} OFFSET ${bind(offset)}`,
      params,
    );
    return { rows: raw.map(fromRaw), total: Number(total) };
  }

  /** One request; `lock` holds it (FOR UPDATE) until the manager's transaction ends. */
  async find(
    id: number,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<RequestRow | null> {
    const raw: RawRequest[] = await manager.query(
      `SELECT ${requestColumns()}
         FROM citizen_request r LEFT JOIN staff_user u ON u.id = r.assignee_id
        WHERE r.id = $1 ${lock ? 'FOR UPDATE OF r' : ''}`,
      [id],
    );
    return raw.length ? fromRaw(raw[0]) : null;
  }

  /** Notes and replies, oldest first, each reply with its delivery state. */
  async notes(requestId: number): Promise<NoteRow[]> {
    const raw: RawNote[] = await this.dataSource.query(
      `SELECT n.id, n.kind, n.text, n.author, n.created_at, n.notification_id,
              u.id AS author_id, u.display_name AS author_name,
              x.state, x.last_error, x.attempts, x.sent_at
         FROM request_note n
         LEFT JOIN staff_user u ON u.username = n.author
         LEFT JOIN notification x ON x.id = n.notification_id
        WHERE n.request_id = $1
        ORDER BY n.id`,
      [requestId],
    );
    return raw.map((r) => ({
      id: r.id,
      kind: r.kind,
      text: r.text,
      author: r.author,
      authorId: r.author_id,
      authorDisplayName: r.author_name,
      createdAt: r.created_at,
      delivery: r.state
        ? { state: r.state, lastError: r.last_error, attempts: r.attempts ?? 0, sentAt: r.sent_at }
        : null,
    }));
  }

  /** Sets what changed; updated_at moves with it. */
  async update(
    manager: EntityManager,
    id: number,
    patch: { status?: CitizenRequestStatus; assigneeId?: number | null },
  ): Promise<void> {
    await manager.getRepository(CitizenRequest).update({ id }, patch);
  }

  /** A note or a reply is activity too: the list's "updated" shows it. */
  async touch(manager: EntityManager, id: number): Promise<void> {
    await manager.query('UPDATE citizen_request SET updated_at = now() WHERE id = $1', [id]);
  }

  async addNote(manager: EntityManager, note: NewNote): Promise<{ id: number; createdAt: Date }> {
    const [row]: { id: number; created_at: Date }[] = await manager.query(
      `INSERT INTO request_note (request_id, kind, text, author) VALUES ($1, $2, $3, $4)
       RETURNING id, created_at`,
      [note.requestId, note.kind, note.text, note.author],
    );
    return { id: row.id, createdAt: row.created_at };
  }

  async linkNotification(manager: EntityManager, noteId: number, notificationId: number): Promise<void> {
    await manager.query('UPDATE request_note SET notification_id = $2 WHERE id = $1', [
      noteId,
      notificationId,
    ]);
  }
}

interface RawRequest {
  id: number;
  reference: string;
  kind: CitizenRequestKind;
  channel: string;
  user_id: string;
  status: CitizenRequestStatus;
  content: string | null;
  contact_phone: string | null;
  created_at: Date;
  updated_at: Date;
  assignee_id: number | null;
  assignee_username: string | null;
  assignee_name: string | null;
}

interface RawNote {
  id: number;
  kind: RequestNoteKind;
  text: string;
  author: string;
  created_at: Date;
  author_id: number | null;
  author_name: string | null;
  state: NoticeState | null;
  last_error: string | null;
  attempts: number | null;
  sent_at: Date | null;
}

function fromRaw(r: RawRequest): RequestRow {
  return {
    id: r.id,
    reference: r.reference,
    kind: r.kind,
    channel: r.channel,
    userId: r.user_id,
    status: r.status,
    content: r.content,
    contactPhone: r.contact_phone,
    // An assignee whose account was deleted still shows by id.
    assignee:
      r.assignee_id === null
        ? null
        : {
            id: r.assignee_id,
            username: r.assignee_username ?? `#${r.assignee_id}`,
            displayName: r.assignee_name ?? '',
          },
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
