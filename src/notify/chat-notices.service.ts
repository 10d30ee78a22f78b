import { Injectable } from '@nestjs/common';
import type { Reply } from '../dialogue/dialogue.types';
import { NoticeComposer } from './notice-composer';
import { NotificationOutbox } from './notification.outbox';
import type { Notification } from './notify.entities';

/** A waiting notice, rendered, with what it is about (the Mini App links it to the dossier). */
export interface TakenNotice {
  notice: Notification;
  replies: Reply[];
}

/** Chats with no push (the web chat, the Mini App): notices wait and are shown on the next visit. */
@Injectable()
export class ChatNoticesService {
  constructor(
    private readonly outbox: NotificationOutbox,
    private readonly composer: NoticeComposer,
  ) {}

  async take(channel: 'web' | 'miniapp', userId: string): Promise<Reply[]> {
    return (await this.takeNotices(channel, userId)).flatMap((taken) => taken.replies);
  }

  /**
   * Waiting notices, still waiting: an app that shows them then acknowledges them, so a notice
   * fetched by a screen the citizen left at once is shown again next time.
   */
  async pending(channel: 'web' | 'miniapp', userId: string): Promise<TakenNotice[]> {
    const out: TakenNotice[] = [];
    for (const notice of await this.outbox.pendingForChat(channel, userId)) {
      out.push({ notice, replies: (await this.composer.compose(notice)).render('plain') });
    }
    return out;
  }

  acknowledge(channel: 'web' | 'miniapp', userId: string, ids: number[]): Promise<number> {
    return this.outbox.acknowledgeForChat(channel, userId, ids);
  }

  /** Each notice once: taking marks it delivered. */
  async takeNotices(channel: 'web' | 'miniapp', userId: string): Promise<TakenNotice[]> {
    const taken: TakenNotice[] = [];
    for (const notice of await this.outbox.takeForChat(channel, userId)) {
      taken.push({ notice, replies: (await this.composer.compose(notice)).render('plain') });
    }
    return taken;
  }
}
