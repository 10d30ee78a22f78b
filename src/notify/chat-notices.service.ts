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

  /** Each notice once: taking marks it delivered. */
  async takeNotices(channel: 'web' | 'miniapp', userId: string): Promise<TakenNotice[]> {
    const taken: TakenNotice[] = [];
    for (const notice of await this.outbox.takeForChat(channel, userId)) {
      taken.push({ notice, replies: (await this.composer.compose(notice)).render('plain') });
    }
    return taken;
  }
}
