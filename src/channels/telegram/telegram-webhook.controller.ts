import { Body, Controller, Headers, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { timingSafeEqual } from 'node:crypto';
import type { Update } from 'grammy/types';
import { AppException } from '../../common/app.exception';
import { AppConfig } from '../../config/app-config';
import { InboundEventRepository } from '../inbox/inbound-event.repository';
import { CHANNEL, TelegramService } from './telegram.service';

class TelegramSecretException extends AppException {
  constructor() {
    super(
      'telegram_secret_invalid',
      'Thiếu hoặc sai X-Telegram-Bot-Api-Secret-Token.',
      HttpStatus.UNAUTHORIZED,
    );
  }
}

class TelegramUpdateException extends AppException {
  constructor() {
    super(
      'telegram_update_invalid',
      'Bản tin Telegram không hợp lệ (thiếu update_id).',
      HttpStatus.BAD_REQUEST,
    );
  }
}

/**
 * POST /webhooks/telegram: guarded by the secret token Telegram echoes back. The update is stored
 * before the 200 (nothing accepted is lost) and handled after it (slow work never makes Telegram
 * retry); a duplicate update_id is acknowledged and dropped.
 */
@ApiExcludeController()
@Controller('webhooks/telegram')
export class TelegramWebhookController {
  private readonly secret: Buffer;

  constructor(
    config: AppConfig,
    private readonly telegram: TelegramService,
    private readonly inbox: InboundEventRepository,
  ) {
    this.secret = Buffer.from(config.telegram?.webhookSecret ?? '');
  }

  @Post()
  @HttpCode(200)
  async receive(
    @Headers('x-telegram-bot-api-secret-token') token: string | undefined,
    @Body() update: Update,
  ): Promise<{ ok: true }> {
    const given = Buffer.from(token ?? '');
    if (
      this.secret.length === 0 ||
      given.length !== this.secret.length ||
      !timingSafeEqual(given, this.secret)
    ) {
      throw new TelegramSecretException();
    }
    if (!update || typeof update.update_id !== 'number') throw new TelegramUpdateException();
    if (await this.inbox.accept(CHANNEL, String(update.update_id), null, update))
      this.telegram.process(update);
    return { ok: true };
  }
}
