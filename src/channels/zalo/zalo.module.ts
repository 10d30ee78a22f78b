import { DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { DialogueModule } from '../../dialogue/dialogue.module';
import { NotifyModule } from '../../notify/notify.module';
import { ZaloConnectController } from './zalo-connect.controller';
import { InboundEventRepository } from '../inbox/inbound-event.repository';
import { ZaloRepository } from './zalo.repository';
import { ZaloTokenRepository } from './zalo-token.repository';
import { ZaloTokenService } from './zalo-token.service';
import { ZaloWebhookController } from './zalo-webhook.controller';
import { ZaloService } from './zalo.service';

/** On only when ZALO_APP_ID is set (with the OA's secrets). */
@Module({})
export class ZaloModule {
  static forRoot(config: AppConfig): DynamicModule {
    if (!config.zalo) return { module: ZaloModule };
    return {
      module: ZaloModule,
      imports: [DialogueModule, NotifyModule],
      controllers: [ZaloWebhookController, ZaloConnectController],
      providers: [ZaloService, ZaloTokenService, ZaloTokenRepository, ZaloRepository, InboundEventRepository],
      exports: [ZaloService],
    };
  }
}
