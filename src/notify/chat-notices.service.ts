import { Injectable } from '@nestjs/common';
import type { Reply } from '../dialogue/dialogue.types';
import { NoticeComposer } from './notice-composer';
import { NotificationOutbox } from './notification.outbox';

/** Chats with no push (the web chat, the Mini App): notices wait and are shown on the next visit. */
@Injectable()
export class ChatNoticesService {
  constructor(
    private readonly outbox: NotificationOutbox,
    private readonly composer: NoticeComposer,
  ) {}

  async take(channel: 'web' | 'miniapp', userId: string): Promise<Reply[]> {
    const replies: Reply[] = [];
    for (const notice of await this.outbox.takeForChat(channel, userId)) {
      replies.push(...(await this.composer.compose(notice)).render('plain'));
    }
    return replies;
  }
}
