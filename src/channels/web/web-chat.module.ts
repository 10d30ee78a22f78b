import { Module } from '@nestjs/common';
import { DialogueModule } from '../../dialogue/dialogue.module';
import { WebChatController } from './web-chat.controller';

@Module({ imports: [DialogueModule], controllers: [WebChatController] })
export class WebChatModule {}
