import { Module } from '@nestjs/common';
import { DialogueModule } from '../../dialogue/dialogue.module';
import { NotificationWorkerModule } from '../../notify/notification-worker.module';
import { WebChatController } from './web-chat.controller';

@Module({ imports: [DialogueModule, NotificationWorkerModule], controllers: [WebChatController] })
export class WebChatModule {}
