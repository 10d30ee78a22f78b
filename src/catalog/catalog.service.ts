import { Injectable } from '@nestjs/common';
import { toMatchForm } from '../nlu/text-fold.util';
import { CatalogIndexService } from './catalog-index.service';
import { ProcedureNotFoundException } from './catalog.exception';
import { CatalogRepository, type ProcedureIndexRow } from './catalog.repository';
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
    const index = this.indexService.current();
    let rows: ProcedureIndexRow[] = query.q ? this.searchRows(query.q) : index.allRows();
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
   * Ranked hits; when some names contain every syllable of the query, only those are listed
   * (what a person expects from a search box), otherwise the strong partial matches.
   */
  private searchRows(q: string): ProcedureIndexRow[] {
    const index = this.indexService.current();
    const hits = index.search(q, index.size);
    const rows = hits.map((h) => index.row(h.code)!);
    const syllables = toMatchForm(q).split(' ').filter(Boolean);
    const complete = rows.filter((r) => {
      const name = ` ${toMatchForm(r.name)} `;
      return syllables.every((s) => name.includes(` ${s} `));
    });
    if (complete.length > 0) return complete;
    const top = hits[0]?.score ?? 0;
    return hits.filter((h) => h.score >= top * LOOSE_MATCH_RATIO).map((h) => index.row(h.code)!);
  }
}
