import { Module } from '@nestjs/common';
import { CatalogBootstrapService } from './catalog-bootstrap.service';
import { CatalogIndexService } from './catalog-index.service';
import { CatalogController } from './catalog.controller';
import { CatalogRepository } from './catalog.repository';
import { CatalogService } from './catalog.service';
import { CatalogImporter } from './importer/catalog-importer.service';
import { ProvinceImporter } from './importer/province-importer.service';

@Module({
  controllers: [CatalogController],
  providers: [
    CatalogRepository,
    CatalogImporter,
    ProvinceImporter,
    CatalogIndexService,
    CatalogService,
    CatalogBootstrapService,
  ],
  exports: [CatalogService, CatalogIndexService, CatalogRepository, CatalogImporter],
})
export class CatalogModule {}
