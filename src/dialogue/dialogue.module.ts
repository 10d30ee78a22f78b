import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { DialogueService } from './dialogue.service';
import { ProcedureTurnHandler } from './procedure-turn';
import { ReplyRenderer } from './reply-renderer';
import { CitizenRequestRepository } from './requests/citizen-request.repository';
import { ConversationRepository } from './state/conversation.repository';

@Module({
  imports: [CatalogModule],
  providers: [
    DialogueService,
    ProcedureTurnHandler,
    ReplyRenderer,
    ConversationRepository,
    CitizenRequestRepository,
  ],
  exports: [DialogueService],
})
export class DialogueModule {}
