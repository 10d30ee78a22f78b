import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';
import { fromRoot } from '../config/paths';
import { CatalogIndexService } from './catalog-index.service';
import { CatalogRepository } from './catalog.repository';
import { CatalogImporter } from './importer/catalog-importer.service';
import { ProvinceImporter } from './importer/province-importer.service';

/**
 * At start: an empty database is seeded from the shipped catalog in data/ (so `npm start` on a
 * fresh clone answers at once), then the search index is built.
 */
@Injectable()
export class CatalogBootstrapService implements OnModuleInit {
  private readonly logger = new Logger(CatalogBootstrapService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly repository: CatalogRepository,
    private readonly importer: CatalogImporter,
    private readonly provinces: ProvinceImporter,
    private readonly index: CatalogIndexService,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.config.seedOnStart && (await this.repository.countProcedures()) === 0) await this.seed();
    await this.index.rebuild();
  }

  private async seed(): Promise<void> {
    const file = fromRoot(this.config.catalogSeedFile);
    if (!existsSync(file)) {
      this.logger.warn(`catalog seed file not found: ${file}; starting with an empty catalog`);
      return;
    }
    this.logger.log(`empty database: importing the catalog seed ${file}`);
    const report = await this.importer.importFile(file);
    this.logger.log(
      `catalog seeded: ${report.inserted} procedures, ${report.rejected.length} rejected, in ${report.durationMs} ms`,
    );
    const dir = fromRoot(this.config.provinceSeedDir);
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)
      .filter((f) => /\.csv(\.gz)?$/.test(f))
      .sort()) {
      const r = await this.provinces.importFile(join(dir, name));
      this.logger.log(
        `provincial list ${r.provinceCode}: ${r.accepted} rows, ${r.joined} joined to the catalog`,
      );
    }
  }
}
