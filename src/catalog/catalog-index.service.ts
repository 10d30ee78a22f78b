import { Injectable, Logger } from '@nestjs/common';
import { CatalogRepository } from './catalog.repository';
import { ProcedureIndex } from './search/procedure-index';

/** Holds the in-memory search index; rebuilt from the database after an import. */
@Injectable()
export class CatalogIndexService {
  private readonly logger = new Logger(CatalogIndexService.name);
  private index = new ProcedureIndex([]);

  constructor(private readonly repository: CatalogRepository) {}

  async rebuild(): Promise<void> {
    const started = Date.now();
    this.index = new ProcedureIndex(await this.repository.indexRows());
    this.logger.log(`search index built: ${this.index.size} procedures in ${Date.now() - started} ms`);
  }

  current(): ProcedureIndex {
    return this.index;
  }
}
