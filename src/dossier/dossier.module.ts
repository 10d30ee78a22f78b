import { Module } from '@nestjs/common';
import { DossierApiKeyGuard } from './dossier-api-key.guard';
import { DossierIngestController } from './dossier-ingest.controller';
import { DossierIngestService } from './dossier-ingest.service';
import { DossierRepository } from './dossier.repository';

@Module({
  controllers: [DossierIngestController],
  providers: [DossierRepository, DossierIngestService, DossierApiKeyGuard],
  exports: [DossierRepository],
})
export class DossierModule {}
