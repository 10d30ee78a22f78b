import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { DialogueService } from '../../dialogue/dialogue.service';
import type { InboundMessage } from '../../dialogue/dialogue.types';
import { maskPersonalData } from '../../nlu/entities/personal-data.util';
import { InboundEventRepository } from '../inbox/inbound-event.repository';
import { ZaloRepository } from './zalo.repository';
import { citizenOf, eventKey, type ZaloWebhookEvent } from './zalo-event.types';
import { ZaloOaClient } from './zalo-oa.client';
import { PAYLOAD_PREFIX, sendZaloReplies } from './zalo-replies';
import { ZaloTokenService } from './zalo-token.service';
import { NoticeSenders } from '../../notify/notice-sender';
import { ZaloNoticeSender, ZnsNoticeSender } from './zalo-notice.sender';
import { toZnsPhone, ZaloZnsClient } from './zalo-zns.client';

const RECOVER_AFTER_SECONDS = 30;
/** This channel's name in the shared inbox. */
const CHANNEL = 'zalo';

/**
 * The Zalo OA channel: events stored once (dedupe, crash recovery), then turned into engine
 * messages; the OA's own echoes are ignored so the bot never talks to itself.
 */
@Injectable()
export class ZaloService implements OnApplicationBootstrap, OnModuleDestroy {
  /** Recovery of unfinished updates runs in the background; shutdown waits for it. */
  private recovering: Promise<void> = Promise.resolve();
  /** Events being handled after their 200: shutdown lets them finish. */
  private readonly inFlight = new Set<Promise<void>>();
  private readonly logger = new Logger(ZaloService.name);
  readonly client: ZaloOaClient;
  readonly zns: ZaloZnsClient;

  constructor(
    private readonly config: AppConfig,
    private readonly inbox: InboundEventRepository,
    private readonly zaloUsers: ZaloRepository,
    private readonly dialogue: DialogueService,
    readonly tokens: ZaloTokenService,
    senders: NoticeSenders,
  ) {
    const zalo = config.zalo!;
    this.client = new ZaloOaClient(zalo.apiBase, tokens);
    this.zns = new ZaloZnsClient(zalo.znsBase, tokens);
    const template = config.notify.znsTemplateId;
    senders.register(new ZaloNoticeSender(this.client, this.zns, zaloUsers, template));
    senders.register(new ZnsNoticeSender(this.zns, template));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.tokens.seed(this.config.zalo!.accessToken, this.config.zalo!.refreshToken);
    this.recovering = this.recover().catch((err: unknown) => this.logger.error({ err }, 'recovery failed'));
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([this.recovering, ...this.inFlight]);
  }

  /** Stores a verified event; false for a duplicate or an event there is nothing to do about. */
  async accept(event: ZaloWebhookEvent): Promise<boolean> {
    if (event.event_name.startsWith('oa_send_') || !citizenOf(event)) return false;
    return this.inbox.accept(CHANNEL, eventKey(event), event.event_name, event);
  }

  /** Handles a stored event after Zalo has had its 200. */
  process(event: ZaloWebhookEvent): void {
    const work = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.handleStored(event))
      .finally(() => this.inFlight.delete(work));
    this.inFlight.add(work);
  }

  async recover(): Promise<void> {
    for (const event of await this.inbox.unfinished(CHANNEL, RECOVER_AFTER_SECONDS)) {
      await this.handleStored(event as ZaloWebhookEvent);
    }
  }

  private async handleStored(event: ZaloWebhookEvent): Promise<void> {
    const key = eventKey(event);
    if (!(await this.inbox.claim(CHANNEL, key))) return;
    try {
      await this.handle(event);
      await this.inbox.finish(CHANNEL, key);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.error(`zalo event ${event.event_name} failed: ${maskPersonalData(message)}`);
      await this.inbox.finish(CHANNEL, key, message);
    }
  }

  private async handle(event: ZaloWebhookEvent): Promise<void> {
    const userId = citizenOf(event)!;
    const byApp = event.user_id_by_app;
    switch (event.event_name) {
      case 'user_send_text': {
        await this.zaloUsers.touchUser(userId, { userIdByApp: byApp, messaged: true, following: undefined });
        const text = event.message?.text ?? '';
        const input = text.startsWith(PAYLOAD_PREFIX)
          ? { payload: text.slice(PAYLOAD_PREFIX.length) }
          : { text };
        return this.answer(userId, input);
      }
      case 'follow':
      case 'user_click_chatnow':
        await this.zaloUsers.touchUser(userId, { userIdByApp: byApp, following: true, messaged: true });
        return this.answer(userId, { text: 'xin chào' });
      case 'unfollow':
        return this.zaloUsers.touchUser(userId, { following: false });
      case 'user_submit_info': {
        const phone = event.info?.phone ? toZnsPhone(event.info.phone) : null;
        if (phone) await this.zaloUsers.savePhone(userId, phone);
        await this.zaloUsers.touchUser(userId, { messaged: true });
        await this.client.sendText(
          userId,
          'Cảm ơn bạn đã chia sẻ thông tin. Chúng tôi chỉ dùng số điện thoại để gửi thông báo về hồ sơ của bạn.',
        );
        return;
      }
      default:
        if (event.event_name.startsWith('user_send_')) {
          await this.zaloUsers.touchUser(userId, { messaged: true });
          return this.answer(userId, { payload: 'non-text' });
        }
    }
  }

  private async answer(userId: string, input: Omit<InboundMessage, 'channel' | 'userId'>): Promise<void> {
    const replies = await this.dialogue.handle({ channel: 'zalo', userId, ...input }, 'plain');
    await sendZaloReplies(this.client, userId, replies);
  }
}
