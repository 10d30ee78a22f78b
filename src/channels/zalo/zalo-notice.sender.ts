import {
  DeliveryError,
  type DeliveryResult,
  type NoticeDelivery,
  type NoticeSender,
} from '../../notify/notice-sender';
import {
  ZaloApiError,
  ZaloNotFollowingError,
  ZaloQuotaError,
  ZaloRateLimitError,
  ZaloWindowError,
} from './zalo.exception';
import type { NoticeKind } from '../../notify/notify.entities';
import type { ZaloUser } from './zalo.entities';
import type { ZaloOaClient } from './zalo-oa.client';
import type { ZaloRepository } from './zalo.repository';
import { sendZaloReplies } from './zalo-replies';
import type { ZaloZnsClient } from './zalo-zns.client';

/** Zalo's free reply window after the citizen's last message. */
const WINDOW_MS = 48 * 3600 * 1000;
/** A conversation, not a status: only a CS message inside the window carries it, never ZNS. */
const CHAT_ONLY: readonly NoticeKind[] = ['staff_reply'];
/** ZNS errors that no retry fixes: invalid phone, template, data; a number without Zalo. */
const ZNS_PERMANENT = [-108, -109, -111, -112, -118];
/** Why a rating prompt or a reminder is not sent by ZNS. */
const ZNS_STATUS_ONLY = 'ZNS chỉ gửi thông báo trạng thái';

/**
 * Notices to a phone number through ZNS: the template the province registered, with the dossier
 * code, status and procedure; only status notices (a rating prompt needs a chat).
 */
export class ZnsNoticeSender implements NoticeSender {
  readonly channel: string = 'zns';
  readonly perSecond = 5;

  constructor(
    private readonly zns: ZaloZnsClient,
    private readonly templateId: string | undefined,
  ) {}

  async deliver(delivery: NoticeDelivery): Promise<DeliveryResult> {
    return this.sendZns(delivery.notice.recipient, delivery);
  }

  protected async sendZns(phone: string, delivery: NoticeDelivery): Promise<DeliveryResult> {
    if (delivery.notice.kind !== 'status') return { sent: false, skipped: ZNS_STATUS_ONLY };
    if (!this.templateId) throw new DeliveryError('chưa cấu hình ZALO_ZNS_TEMPLATE_ID', true);
    try {
      await this.zns.send({
        phone,
        templateId: this.templateId,
        data: delivery.znsData,
        trackingId: `notice-${delivery.notice.id}`,
      });
      return { sent: true };
    } catch (error) {
      throw zaloDeliveryError(error, (code) => ZNS_PERMANENT.includes(code));
    }
  }
}

/**
 * Notices to an OA follower: a CS message inside the 48-hour window (Zalo's rule), otherwise a ZNS
 * template to the phone the citizen shared with consent; neither possible → dead letter for staff.
 * A staff reply is free text that no ZNS template carries: outside the window it is dead at once.
 */
export class ZaloNoticeSender extends ZnsNoticeSender {
  override readonly channel = 'zalo';

  constructor(
    private readonly client: ZaloOaClient,
    zns: ZaloZnsClient,
    private readonly users: ZaloRepository,
    templateId: string | undefined,
  ) {
    super(zns, templateId);
  }

  /** A staff reply can go only inside the window; other kinds have ZNS or are skipped quietly. */
  async refusal(recipient: string, kind: NoticeKind): Promise<string | null> {
    if (!CHAT_ONLY.includes(kind)) return null;
    return windowClosed(await this.users.findUser(recipient));
  }

  override async deliver(delivery: NoticeDelivery): Promise<DeliveryResult> {
    const userId = delivery.notice.recipient;
    const user = await this.users.findUser(userId);
    const chatOnly = CHAT_ONLY.includes(delivery.notice.kind);
    let closed = windowClosed(user);
    if (!closed) {
      try {
        await sendZaloReplies(this.client, userId, delivery.render('plain'));
        return { sent: true };
      } catch (error) {
        // Zalo says the window is closed after all: fall back to ZNS below.
        if (!(error instanceof ZaloWindowError || error instanceof ZaloNotFollowingError))
          throw zaloDeliveryError(error, () => false);
        closed = `Zalo từ chối tin nhắn (${error.message})`;
      }
    }
    // A staff reply has no other way: dead, with the reason, for the agent who wrote it to see.
    if (chatOnly) throw new DeliveryError(closed, true);
    // Outside the window only a status notice has a way (ZNS): a rating prompt or a reminder is
    // skipped whether or not there is a phone, not dead-lettered for staff to chase.
    if (delivery.notice.kind !== 'status') return { sent: false, skipped: ZNS_STATUS_ONLY };
    if (!user?.phone) {
      throw new DeliveryError('ngoài khung 48 giờ và người dân chưa chia sẻ số điện thoại cho ZNS', true);
    }
    return this.sendZns(user.phone, delivery);
  }
}

/** Why the OA cannot send this follower a CS message now (Zalo's 48-hour rule), or null when it can. */
export function windowClosed(user: ZaloUser | null, now = Date.now()): string | null {
  if (!user?.lastMessageAt) return 'Người dân chưa nhắn tin cho Official Account trên Zalo.';
  if (!user.following) return 'Người dân đã bỏ theo dõi Official Account trên Zalo.';
  if (now - user.lastMessageAt.getTime() >= WINDOW_MS)
    return 'Đã quá 48 giờ kể từ tin nhắn cuối của người dân trên Zalo: Zalo chỉ cho Official Account trả lời trong 48 giờ. Khi người dân nhắn lại, bạn gửi được trả lời.';
  return null;
}

function zaloDeliveryError(error: unknown, permanent: (code: number) => boolean): DeliveryError {
  if (error instanceof ZaloRateLimitError) return new DeliveryError(error.message, false, 60_000);
  if (error instanceof ZaloQuotaError) return new DeliveryError(error.message, false, 3600_000);
  if (error instanceof ZaloApiError) return new DeliveryError(error.message, permanent(error.code));
  return new DeliveryError(error instanceof Error ? error.message : String(error), false);
}
