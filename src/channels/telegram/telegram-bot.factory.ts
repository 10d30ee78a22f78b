import { autoRetry } from '@grammyjs/auto-retry';
import { apiThrottler } from '@grammyjs/transformer-throttler';
import { Bot } from 'grammy';

export interface TelegramBotOptions {
  token: string;
  apiRoot: string;
}

/**
 * A grammY bot with the outgoing-call plugins every production bot needs: retries on 429 (after
 * Telegram's retry_after) and 5xx, and a throttle within Telegram's limits (≈30 messages a second
 * overall, 1 a second per chat), so a burst of replies is spread out instead of refused.
 */
export function createTelegramBot({ token, apiRoot }: TelegramBotOptions): Bot {
  const bot = new Bot(token, { client: { apiRoot } });
  bot.api.config.use(
    apiThrottler({ global: { reservoir: 30, reservoirRefreshAmount: 30, reservoirRefreshInterval: 1000 } }),
  );
  bot.api.config.use(
    autoRetry({ maxRetryAttempts: 4, maxDelaySeconds: 30, rethrowInternalServerErrors: false }),
  );
  return bot;
}
