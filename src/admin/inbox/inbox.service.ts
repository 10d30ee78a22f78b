import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CitizenRequestStatus } from '../../dialogue/requests/citizen-request.entity';
import { NoticeSenders } from '../../notify/notice-sender';
import { NotificationOutbox } from '../../notify/notification.outbox';
import type { NoticeChannel } from '../../notify/notify.entities';
import { AuditService } from '../audit/audit.service';
import type { StaffPrincipal } from '../auth/staff-principal';
import { roleAllows } from '../auth/staff-role';
import { StaffUserRepository } from '../auth/staff-user.repository';
import {
  PAGE_SIZE,
  type RequestDetailView,
  type RequestListFilter,
  type RequestNoteView,
  type RequestPageView,
  type RequestPatch,
} from './inbox.dto';
import { InboxException } from './inbox.exception';
import { InboxRepository, type RequestRow } from './inbox.repository';
import { PREVIEW_FETCH_CHARS, toDetail, toNote, toSummary } from './inbox-view.mapper';

/** Chats with no push: a reply waits in the outbox and is shown on the citizen's next visit. */
const PULL_CHANNELS = ['web', 'miniapp'];
const CHANNEL_LABEL: Record<string, string> = { telegram: 'Telegram', zalo: 'Zalo' };
const TARGET = 'citizen_request';

/**
 * The staff inbox: complaints and "talk to staff" requests from every channel, for agents (and
 * admins). The JSON API and the server-rendered pages both call these methods; inputs are expected
 * already checked with the schemas of inbox.dto.ts. Every change is audited in its own transaction.
 */
@Injectable()
export class InboxService {
  constructor(
    private readonly requests: InboxRepository,
    private readonly staffUsers: StaffUserRepository,
    private readonly audit: AuditService,
    private readonly outbox: NotificationOutbox,
    private readonly senders: NoticeSenders,
    private readonly dataSource: DataSource,
  ) {}

  /** One page of requests, newest first; `assignee: 'me'` is the caller. Phone numbers masked. */
  async list(filter: RequestListFilter, staff: StaffPrincipal): Promise<RequestPageView> {
    const assignee = filter.assignee === 'me' ? this.accountOf(staff) : filter.assignee;
    const { rows, total } = await this.requests.list(
      { status: filter.status, kind: filter.kind, assignee },
      (filter.page - 1) * PAGE_SIZE,
      PAGE_SIZE,
      PREVIEW_FETCH_CHARS,
    );
    return { requests: rows.map(toSummary), page: filter.page, pageSize: PAGE_SIZE, total };
  }

  /** The whole request with its notes and replies (each reply with its delivery state). 404 if none. */
  async get(id: number): Promise<RequestDetailView> {
    const request = await this.requests.find(id);
    if (!request) throw InboxException.notFound(id);
    const [notes, blocked] = await Promise.all([this.requests.notes(id), this.replyBlocked(request)]);
    return toDetail(request, notes, blocked);
  }

  /** Changes the status and/or the assignee ("take it": the caller's own id; null: hand it back). */
  async update(id: number, patch: RequestPatch, staff: StaffPrincipal): Promise<RequestDetailView> {
    if (patch.assigneeId != null) await this.checkAssignee(patch.assigneeId);
    await this.dataSource.transaction(async (manager) => {
      const before = await this.lock(manager, id);
      const changes: { status?: CitizenRequestStatus; assigneeId?: number | null } = {};
      if (patch.status !== undefined && patch.status !== before.status) changes.status = patch.status;
      if (patch.assigneeId !== undefined && patch.assigneeId !== (before.assignee?.id ?? null))
        changes.assigneeId = patch.assigneeId;
      // Saving what is already there changes nothing, so there is nothing to audit.
      if (Object.keys(changes).length === 0) return;
      await this.requests.update(manager, id, changes);
      await this.audit.record(
        staff,
        {
          action: 'request.update',
          targetType: TARGET,
          targetId: id,
          before: {
            reference: before.reference,
            status: before.status,
            assigneeId: before.assignee?.id ?? null,
          },
          after: {
            reference: before.reference,
            status: changes.status ?? before.status,
            assigneeId: changes.assigneeId !== undefined ? changes.assigneeId : (before.assignee?.id ?? null),
          },
        },
        manager,
      );
    });
    return this.get(id);
  }

  /** An internal note, seen by staff only. */
  async addNote(id: number, text: string, staff: StaffPrincipal): Promise<RequestNoteView> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.lock(manager, id);
      const note = await this.requests.addNote(manager, {
        requestId: id,
        kind: 'note',
        text,
        author: staff.username,
      });
      await this.requests.touch(manager, id);
      await this.audit.record(
        staff,
        {
          action: 'request.note',
          targetType: TARGET,
          targetId: id,
          after: { reference: request.reference, noteId: note.id, text },
        },
        manager,
      );
      return toNote({ ...note, kind: 'note', text, ...this.author(staff), delivery: null });
    });
  }

  /**
   * Answers the citizen in the chat they used, durably: the reply note, its outbox row and the
   * audit entry are written together, and the notification worker delivers it (Telegram, Zalo
   * inside the 48-hour window) or the web chat shows it on the next visit. Refused with 409 when
   * the channel cannot carry it now. A new request becomes in progress.
   */
  async reply(id: number, text: string, staff: StaffPrincipal): Promise<RequestNoteView> {
    const found = await this.requests.find(id);
    if (!found) throw InboxException.notFound(id);
    // Asked before writing anything: a reply Zalo would refuse should not sit in the list as dead.
    const blocked = await this.replyBlocked(found);
    if (blocked) throw InboxException.replyRefused(blocked);
    return this.dataSource.transaction(async (manager) => {
      const request = await this.lock(manager, id);
      const note = await this.requests.addNote(manager, {
        requestId: id,
        kind: 'reply',
        text,
        author: staff.username,
      });
      const notificationId = await this.outbox.writeTo(manager, {
        kind: 'staff_reply',
        subject: request.reference,
        about: `note-${note.id}`,
        channel: request.channel as NoticeChannel,
        recipient: request.userId,
        payload: { reference: request.reference, text },
      });
      await this.requests.linkNotification(manager, note.id, notificationId);
      const status = request.status === 'new' ? 'in_progress' : request.status;
      if (status !== request.status) await this.requests.update(manager, id, { status });
      else await this.requests.touch(manager, id);
      await this.audit.record(
        staff,
        {
          action: 'request.reply',
          targetType: TARGET,
          targetId: id,
          before: { reference: request.reference, status: request.status },
          after: {
            reference: request.reference,
            status,
            noteId: note.id,
            notificationId,
            channel: request.channel,
            text,
          },
        },
        manager,
      );
      return toNote({
        ...note,
        kind: 'reply',
        text,
        ...this.author(staff),
        delivery: { state: 'pending', lastError: null, attempts: 0, sentAt: null },
      });
    });
  }

  /** Why a reply cannot reach this citizen now (the channel is off, Zalo's window is closed), or null. */
  async replyBlocked(request: Pick<RequestRow, 'channel' | 'userId'>): Promise<string | null> {
    if (PULL_CHANNELS.includes(request.channel)) return null;
    const sender = this.senders.get(request.channel);
    const label = CHANNEL_LABEL[request.channel] ?? request.channel;
    if (!sender) return `Kênh ${label} chưa được bật trên máy chủ này.`;
    return (await sender.refusal?.(request.userId, 'staff_reply')) ?? null;
  }

  private async lock(manager: EntityManager, id: number): Promise<RequestRow> {
    const request = await this.requests.find(id, manager, true);
    if (!request) throw InboxException.notFound(id);
    return request;
  }

  /** Only someone who may work the inbox can be given a request. */
  private async checkAssignee(id: number): Promise<void> {
    const user = await this.staffUsers.findById(id);
    if (!user || user.disabled || !roleAllows(user.role, ['agent'])) throw InboxException.badAssignee(id);
  }

  private accountOf(staff: StaffPrincipal): number {
    if (staff.userId === undefined) throw InboxException.noAccount();
    return staff.userId;
  }

  private author(staff: StaffPrincipal) {
    return { author: staff.username, authorId: staff.userId ?? null, authorDisplayName: staff.displayName };
  }
}
