import { Module } from '@nestjs/common';
import { CatalogModule } from '../../catalog/catalog.module';
import { DossierModule } from '../../dossier/dossier.module';
import { RatingRepository } from '../../feedback/rating.repository';
import { NotificationWorkerModule } from '../../notify/notification-worker.module';
import { NotifyModule } from '../../notify/notify.module';
import { MiniAppDossierService } from './miniapp-dossier.service';
import { MiniAppIdentityGuard } from './miniapp-identity.guard';
import { MiniAppIdentityService } from './miniapp-identity.service';
import { MiniAppPhoneService } from './miniapp-phone.service';
import { MiniAppUserRepository } from './miniapp-user.repository';
import { MiniAppPageController } from './miniapp-page.controller';
import { PublicCatalogController } from './public-catalog.controller';
import { PublicDossierController } from './public-dossier.controller';
import { PublicMeController } from './public-me.controller';

/** The Zalo Mini App's API (/api/public/*); the app itself is served from miniapp/www at /miniapp/. */
@Module({
  imports: [CatalogModule, DossierModule, NotifyModule, NotificationWorkerModule],
  controllers: [MiniAppPageController, PublicCatalogController, PublicDossierController, PublicMeController],
  providers: [
    MiniAppIdentityService,
    MiniAppIdentityGuard,
    MiniAppDossierService,
    MiniAppPhoneService,
    MiniAppUserRepository,
    RatingRepository,
  ],
})
export class MiniAppModule {}
