import { Api, GrammyError, HttpError } from 'grammy';
import { apiThrottler } from '@grammyjs/transformer-throttler';
import {
  DeliveryError,
  type DeliveryResult,
  type NoticeDelivery,
  type NoticeSender,
} from '../../notify/notice-sender';
import type { TelegramCallbackRepository } from './telegram-callback.repository';
import { TelegramReplySender } from './telegram-replies';

/**
 * Notices to Telegram chats. Its own Api without auto-retry: the outbox owns retries (with
 * back-off and a lease), so a 5xx or a 429 returns the notice to the queue instead of holding it.
 */
export class TelegramNoticeSender implements NoticeSender {
  readonly channel = 'telegram';
  /** Telegram allows about 30 messages a second per bot; replies to citizens need some of it. */
  readonly perSecond = 20;
  private readonly replies: TelegramReplySender;

  constructor(token: string, apiRoot: string, callbacks: TelegramCallbackRepository) {
    const api = new Api(token, { apiRoot });
    api.config.use(apiThrottler());
    this.replies = new TelegramReplySender(api, callbacks);
  }

  async deliver(delivery: NoticeDelivery): Promise<DeliveryResult> {
    try {
      await this.replies.send(Number(delivery.notice.recipient), delivery.render('html'));
      return { sent: true };
    } catch (error) {
      throw toDeliveryError(error);
    }
  }
}

function toDeliveryError(error: unknown): DeliveryError {
  if (error instanceof GrammyError) {
    const message = `Telegram ${error.error_code}: ${error.description}`;
    if (error.error_code === 429)
      return new DeliveryError(message, false, (error.parameters.retry_after ?? 5) * 1000);
    // 400 (chat not found, bad request) and 403 (the citizen blocked the bot) will not get better.
    return new DeliveryError(message, error.error_code >= 400 && error.error_code < 500);
  }
  if (error instanceof HttpError) return new DeliveryError(`Telegram unreachable: ${error.message}`, false);
  return new DeliveryError(error instanceof Error ? error.message : String(error), false);
}
