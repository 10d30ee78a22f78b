import { Injectable } from '@nestjs/common';
import { toMatchForm } from '../nlu/text-fold.util';
import { tokenize } from '../nlu/vietnamese-text.util';
import { CatalogIndexService } from './catalog-index.service';
import { ProcedureNotFoundException } from './catalog.exception';
import { CatalogRepository } from './catalog.repository';
import type { SearchDocument } from './search/search-document';
import type { ProcedureDetailDto, ProcedureSummaryDto } from './dto/procedure.dto';
import type { ProcedureQuery } from './dto/procedure-query.dto';
import { toDetail, toSummary } from './procedure-dto.mapper';

export interface ProcedurePage {
  items: ProcedureSummaryDto[];
  total: number;
}

/** Below this share of the best score a loose match is noise, not a result. */
const LOOSE_MATCH_RATIO = 0.5;

@Injectable()
export class CatalogService {
  constructor(
    private readonly repository: CatalogRepository,
    private readonly indexService: CatalogIndexService,
  ) {}

  /** Lists procedures; `q`, `field` and `level` all match without diacritics. */
  list(query: ProcedureQuery): ProcedurePage {
    const search = this.indexService.current().search;
    let rows: SearchDocument[] = query.q ? this.searchRows(query.q) : search.documents();
    if (query.field) {
      const field = toMatchForm(query.field);
      rows = rows.filter((r) => toMatchForm(r.field ?? '').includes(field));
    }
    if (query.level) {
      const level = toMatchForm(query.level).replace(/^cap /, '');
      rows = rows.filter((r) => r.levels.some((l) => toMatchForm(l).replace(/^cap /, '') === level));
    }
    return {
      items: rows.slice(query.offset, query.offset + query.limit).map(toSummary),
      total: rows.length,
    };
  }

  async get(code: string): Promise<ProcedureDetailDto> {
    const procedure = await this.repository.findByCode(code.trim());
    if (!procedure) throw new ProcedureNotFoundException(code);
    const baseCode = procedure.code.match(/^\d\.\d{6}/)?.[0] ?? procedure.code;
    return toDetail(procedure, await this.repository.findProvincial(baseCode));
  }

  /**
   * Ranked hits; when some names contain every word of the query, only those are listed (what a
   * person expects from a search box), otherwise the strong partial matches.
   */
  private searchRows(q: string): SearchDocument[] {
    const engine = this.indexService.current();
    const search = engine.search;
    const { query, hits } = engine.searchText(q, search.size);
    const docs = hits.map((h) => search.document(h.code)!);
    const words = query.content.map((t) => t.folded).filter(Boolean);
    const complete = docs.filter((d) => {
      const name = new Set(tokenize(d.name).map((t) => t.folded));
      return words.every((w) => name.has(w));
    });
    if (complete.length > 0) return complete;
    const top = hits[0]?.score ?? 0;
    return hits.filter((h) => h.score >= top * LOOSE_MATCH_RATIO).map((h) => search.document(h.code)!);
  }
}
