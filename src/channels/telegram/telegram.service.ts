import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import { AppConfig } from '../../config/app-config';
import { DialogueService } from '../../dialogue/dialogue.service';
import { createTelegramBot } from './telegram-bot.factory';
import { TELEGRAM_COMMANDS, telegramHandlers } from './telegram-handlers';
import { InboundEventRepository } from '../inbox/inbound-event.repository';
import { TelegramCallbackRepository } from './telegram-callback.repository';
import { TelegramReplySender } from './telegram-replies';
import { NoticeSenders } from '../../notify/notice-sender';
import { TelegramNoticeSender } from './telegram-notice.sender';

/** Updates still pending this long after arrival were interrupted by a crash: process them again. */
const RECOVER_AFTER_SECONDS = 30;
const RETENTION_DAYS = 7;
/** This channel's name in the shared inbox. */
export const CHANNEL = 'telegram';

/**
 * The Telegram channel: webhook in production, long polling in development (never both), every
 * update stored once in PostgreSQL before it is handled, so duplicates are dropped and nothing
 * accepted is lost.
 */
@Injectable()
export class TelegramService implements OnApplicationBootstrap, OnModuleDestroy {
  /** Recovery of unfinished updates runs in the background; shutdown waits for it. */
  private recovering: Promise<void> = Promise.resolve();
  /** Webhook updates being handled after their 200: shutdown lets them finish. */
  private readonly inFlight = new Set<Promise<void>>();
  private readonly logger = new Logger(TelegramService.name);
  readonly bot: Bot;
  private readonly settings: NonNullable<AppConfig['telegram']>;

  constructor(
    config: AppConfig,
    dialogue: DialogueService,
    private readonly inbox: InboundEventRepository,
    private readonly callbacks: TelegramCallbackRepository,
    senders: NoticeSenders,
  ) {
    this.settings = config.telegram!;
    this.bot = createTelegramBot(this.settings);
    senders.register(new TelegramNoticeSender(this.settings.token, this.settings.apiRoot, callbacks));
    this.bot.use(async (ctx, next) => {
      const key = String(ctx.update.update_id);
      await this.inbox.accept(CHANNEL, key, null, ctx.update); // no-op when the webhook already stored it
      if (!(await this.inbox.claim(CHANNEL, key))) return; // a duplicate, or another instance has it
      try {
        await next();
        await this.inbox.finish(CHANNEL, key);
      } catch (error) {
        await this.inbox.finish(CHANNEL, key, error instanceof Error ? error.message : String(error));
        throw error;
      }
    });
    this.bot.use(telegramHandlers(dialogue, new TelegramReplySender(this.bot.api, callbacks)));
    this.bot.catch((err) =>
      this.logger.error({ err: err.error, updateId: err.ctx.update.update_id }, 'telegram update failed'),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.bot.init();
    await this.bot.api.setMyCommands(TELEGRAM_COMMANDS);
    await this.callbacks.prune(RETENTION_DAYS * 4);
    const pruned = await this.inbox.prune(CHANNEL, RETENTION_DAYS);
    if (pruned) this.logger.log(`pruned ${pruned} handled Telegram updates`);
    if (this.settings.mode === 'webhook') {
      if (this.settings.webhookUrl) {
        await this.bot.api.setWebhook(this.settings.webhookUrl, {
          secret_token: this.settings.webhookSecret,
          allowed_updates: ['message', 'callback_query'],
        });
      }
    } else {
      // Polling and a webhook exclude each other: Telegram refuses getUpdates while a webhook is set.
      await this.bot.api.deleteWebhook();
      this.bot
        .start({
          allowed_updates: ['message', 'callback_query'],
          onStart: () => this.logger.log('Telegram long polling started'),
        })
        .catch((err: unknown) => {
          // Stopping during a retry pause aborts the wait; anything else is worth a log line.
          if (this.bot.isRunning()) this.logger.error({ err }, 'Telegram long polling stopped');
        });
    }
    this.recovering = this.recover().catch((err: unknown) => this.logger.error({ err }, 'recovery failed'));
    this.logger.log(`Telegram bot @${this.bot.botInfo.username} on (${this.settings.mode})`);
  }

  async onModuleDestroy(): Promise<void> {
    if (this.bot.isRunning()) await this.bot.stop();
    await Promise.all([this.recovering, ...this.inFlight]);
  }

  /** A webhook update already stored: handled after Telegram has had its 200. */
  process(update: Update): void {
    const work: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.bot.handleUpdate(update))
      .catch((err: unknown) => this.logger.error({ err }, 'telegram update failed'))
      .finally(() => this.inFlight.delete(work));
    this.inFlight.add(work);
  }

  /** Handles updates a crash left unfinished. */
  async recover(): Promise<void> {
    const pending = await this.inbox.unfinished(CHANNEL, RECOVER_AFTER_SECONDS);
    for (const update of pending) await this.bot.handleUpdate(update as Update).catch(() => undefined);
    if (pending.length) this.logger.log(`recovered ${pending.length} unfinished Telegram updates`);
  }
}
