import { Injectable, Logger } from '@nestjs/common';
import { NluEngine } from '../nlu/nlu-engine';
import type { Synonyms } from '../nlu/synonyms';
import { CatalogRepository } from './catalog.repository';

/**
 * Hosts the in-memory understanding engine (procedure search + intents) built from the catalog
 * in the database; rebuilt after an import.
 */
@Injectable()
export class CatalogIndexService {
  private readonly logger = new Logger(CatalogIndexService.name);
  private engine = NluEngine.build({ documents: [] });
  /** Published by staff; until then the shipped intents/synonyms.yaml. */
  private synonyms: Synonyms | undefined;

  constructor(private readonly repository: CatalogRepository) {}

  /** Rebuilds with a new synonym list (a published workspace version). */
  async useSynonyms(synonyms: Synonyms): Promise<void> {
    this.synonyms = synonyms;
    await this.rebuild();
  }

  async rebuild(): Promise<void> {
    const started = Date.now();
    const documents = await this.repository.searchDocuments();
    this.engine = NluEngine.build({ documents, synonyms: this.synonyms });
    this.logger.log(
      `search index built: ${this.engine.search.size} procedures in ${Date.now() - started} ms`,
    );
  }

  current(): NluEngine {
    return this.engine;
  }
}
