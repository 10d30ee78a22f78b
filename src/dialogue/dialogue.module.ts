import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { DossierModule } from '../dossier/dossier.module';
import { RatingRepository } from '../feedback/rating.repository';
import { NotifyModule } from '../notify/notify.module';
import { fromRoot } from '../config/paths';
import { TemplateService } from '../templates/template.service';
import { DialogueService } from './dialogue.service';
import { FlowRegistry } from './flows/flow-registry';
import { DossierTurnHandler } from './dossier-turn';
import { FlowTurnHandler } from './flow-turn';
import { FollowTurnHandler } from './follow-turn';
import { RatingTurnHandler } from './rating-turn';
import { TurnEffectStore } from './turn-effect.store';
import { TurnLogStore } from './turn-log.store';
import { ProcedureTurnHandler } from './procedure-turn';
import { ReplyRenderer } from './reply-renderer';
import { CitizenRequestRepository } from './requests/citizen-request.repository';
import { ConversationRepository } from './state/conversation.repository';

@Module({
  imports: [CatalogModule, DossierModule, NotifyModule],
  providers: [
    DialogueService,
    ProcedureTurnHandler,
    FlowTurnHandler,
    DossierTurnHandler,
    FollowTurnHandler,
    RatingTurnHandler,
    TurnEffectStore,
    TurnLogStore,
    RatingRepository,
    ReplyRenderer,
    ConversationRepository,
    CitizenRequestRepository,
    {
      // Starts from the shipped flows/*.yaml; the staff workspace then swaps in the published
      // version from PostgreSQL (src/admin/content), so edits reach every instance without a restart.
      provide: FlowRegistry,
      inject: [TemplateService],
      useFactory: (templates: TemplateService) => {
        const registry = new FlowRegistry({ dir: fromRoot('flows'), templates });
        registry.reload();
        return registry;
      },
    },
  ],
  exports: [DialogueService, FlowRegistry, ReplyRenderer],
})
export class DialogueModule {}
