import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AdminModule } from './admin/admin.module';
import { StaffAuthModule } from './admin/auth/staff-auth.module';
import { CatalogModule } from './catalog/catalog.module';
import { MiniAppModule } from './channels/miniapp/miniapp.module';
import { TelegramModule } from './channels/telegram/telegram.module';
import { WebChatModule } from './channels/web/web-chat.module';
import { ZaloModule } from './channels/zalo/zalo.module';
import { GlobalExceptionFilter } from './common/global-exception.filter';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { DialogueModule } from './dialogue/dialogue.module';
import { DossierModule } from './dossier/dossier.module';
import { FeedbackModule } from './feedback/feedback.module';
import { HealthModule } from './health/health.module';
import { NotificationWorkerModule } from './notify/notification-worker.module';
import { loggerOptions } from './logging/logger.options';
import { TemplatesModule } from './templates/templates.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config)),
        DatabaseModule,
        StaffAuthModule,
        TemplatesModule,
        CatalogModule,
        DialogueModule,
        DossierModule,
        FeedbackModule,
        NotificationWorkerModule,
        HealthModule,
        WebChatModule,
        MiniAppModule,
        AdminModule,
        TelegramModule.forRoot(config),
        ZaloModule.forRoot(config),
      ],
      providers: [{ provide: APP_FILTER, useClass: GlobalExceptionFilter }],
    };
  }
}
