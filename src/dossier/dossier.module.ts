import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { NotifyModule } from '../notify/notify.module';
import { DossierApiKeyGuard, DossierOrStaffGuard } from './dossier-api-key.guard';
import { DossierIngestController } from './dossier-ingest.controller';
import { DossierIngestService } from './dossier-ingest.service';
import { DossierLookupService } from './dossier-lookup.service';
import { DossierRepository } from './dossier.repository';

@Module({
  imports: [CatalogModule, NotifyModule],
  controllers: [DossierIngestController],
  providers: [
    DossierRepository,
    DossierIngestService,
    DossierLookupService,
    DossierApiKeyGuard,
    DossierOrStaffGuard,
  ],
  exports: [DossierRepository, DossierLookupService],
})
export class DossierModule {}
