import { Injectable } from '@nestjs/common';
import type { Reply } from '../dialogue/dialogue.types';
import { NoticeComposer } from './notice-composer';
import { NotificationOutbox } from './notification.outbox';
import type { Notification } from './notify.entities';

/** A waiting notice, rendered, with what it is about (the Mini App links it to the dossier). */
export interface RenderedNotice {
  notice: Notification;
  replies: Reply[];
}

type PullChannel = 'web' | 'miniapp';

/** Chats with no push (the web chat, the Mini App): notices wait and are shown on the next visit. */
@Injectable()
export class ChatNoticesService {
  constructor(
    private readonly outbox: NotificationOutbox,
    private readonly composer: NoticeComposer,
  ) {}

  /** Each notice once: taking marks it delivered (the web chat shows them in the same answer). */
  async take(channel: PullChannel, userId: string): Promise<Reply[]> {
    const rendered = await this.render(await this.outbox.takeForChat(channel, userId));
    return rendered.flatMap((r) => r.replies);
  }

  /**
   * Waiting notices, still waiting: an app that shows them then acknowledges them, so a notice
   * fetched by a screen the citizen left at once is shown again next time.
   */
  async pending(channel: PullChannel, userId: string): Promise<RenderedNotice[]> {
    return this.render(await this.outbox.pendingForChat(channel, userId));
  }

  acknowledge(channel: PullChannel, userId: string, ids: number[]): Promise<number> {
    return this.outbox.acknowledgeForChat(channel, userId, ids);
  }

  private async render(notices: Notification[]): Promise<RenderedNotice[]> {
    const rendered: RenderedNotice[] = [];
    for (const notice of notices) {
      rendered.push({ notice, replies: (await this.composer.compose(notice)).render('plain') });
    }
    return rendered;
  }
}
