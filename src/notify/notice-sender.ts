import { Injectable } from '@nestjs/common';
import type { Reply } from '../dialogue/dialogue.types';
import type { TemplateFormat } from '../templates/template.service';
import type { Notification, NoticeKind } from './notify.entities';

/** One notice ready to go: rendered in the sender's format, and as ZNS template parameters. */
export interface NoticeDelivery {
  notice: Notification;
  render(format: TemplateFormat): Reply[];
  /** ZNS template data: ma_ho_so, trang_thai, ten_thu_tuc. */
  znsData: Record<string, string>;
}

export type DeliveryResult = { sent: true } | { sent: false; skipped: string };

/** A send that failed: permanent ones (blocked bot, invalid number) are not tried again. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** A channel that can carry notices; it throws DeliveryError (anything else counts as retryable). */
export interface NoticeSender {
  readonly channel: string;
  /** Notices per second this channel accepts from us. */
  readonly perSecond: number;
  deliver(delivery: NoticeDelivery): Promise<DeliveryResult>;
  /**
   * Why this kind of notice cannot reach this recipient now (a Vietnamese reason for staff), or
   * null when it can. Lets staff be told before writing a reply that could not be delivered; the
   * send itself may still fail. Absent: the channel has no such rule.
   */
  refusal?(recipient: string, kind: NoticeKind): Promise<string | null>;
}

/** Channels register their senders at start; the worker delivers only to registered channels. */
@Injectable()
export class NoticeSenders {
  private readonly senders = new Map<string, NoticeSender>();

  register(sender: NoticeSender): void {
    this.senders.set(sender.channel, sender);
  }

  get(channel: string): NoticeSender | undefined {
    return this.senders.get(channel);
  }

  channels(): string[] {
    return [...this.senders.keys()];
  }
}
