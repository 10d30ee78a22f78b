import { DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { DialogueModule } from '../../dialogue/dialogue.module';
import { NotifyModule } from '../../notify/notify.module';
import { InboundEventRepository } from '../inbox/inbound-event.repository';
import { TelegramCallbackRepository } from './telegram-callback.repository';
import { TelegramWebhookController } from './telegram-webhook.controller';
import { TelegramService } from './telegram.service';

/** On only when TELEGRAM_BOT_TOKEN is set; the webhook route exists only in webhook mode. */
@Module({})
export class TelegramModule {
  static forRoot(config: AppConfig): DynamicModule {
    if (!config.telegram) return { module: TelegramModule };
    return {
      module: TelegramModule,
      imports: [DialogueModule, NotifyModule],
      controllers: config.telegram.mode === 'webhook' ? [TelegramWebhookController] : [],
      providers: [TelegramService, InboundEventRepository, TelegramCallbackRepository],
    };
  }
}
