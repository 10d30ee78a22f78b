import { Injectable, Logger } from '@nestjs/common';
import { NluEngine } from '../nlu/nlu-engine';
import { CatalogRepository } from './catalog.repository';

/**
 * Hosts the in-memory understanding engine (procedure search + intents) built from the catalog
 * in the database; rebuilt after an import.
 */
@Injectable()
export class CatalogIndexService {
  private readonly logger = new Logger(CatalogIndexService.name);
  private engine = NluEngine.build({ documents: [] });

  constructor(private readonly repository: CatalogRepository) {}

  async rebuild(): Promise<void> {
    const started = Date.now();
    this.engine = NluEngine.build({ documents: await this.repository.searchDocuments() });
    this.logger.log(
      `search index built: ${this.engine.search.size} procedures in ${Date.now() - started} ms`,
    );
  }

  current(): NluEngine {
    return this.engine;
  }
}
