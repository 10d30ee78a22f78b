import { Injectable } from '@nestjs/common';
import { BODY_CHARS, type SearchDocument } from './search/search-document';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  Procedure,
  ProcedureChannel,
  ProcedureDocument,
  ProcedureLegalBasis,
  ProvincialProcedure,
} from './entities';

/** A procedure with its structured parts, as the importer writes it. */
export interface ProcedureGraph {
  procedure: Omit<Procedure, 'channels' | 'documents' | 'legalBases' | 'createdAt' | 'updatedAt'>;
  channels: Omit<ProcedureChannel, 'id' | 'procedure'>[];
  documents: Omit<ProcedureDocument, 'id' | 'procedure'>[];
  legalBases: Omit<ProcedureLegalBasis, 'id' | 'procedure'>[];
}

/** Queries for the catalog; the only place in this feature that touches TypeORM. */
@Injectable()
export class CatalogRepository {
  constructor(private readonly dataSource: DataSource) {}

  async sourceHashes(): Promise<Map<string, string>> {
    const rows: { code: string; source_hash: string }[] = await this.dataSource.query(
      'SELECT code, source_hash FROM procedure',
    );
    return new Map(rows.map((r) => [r.code, r.source_hash]));
  }

  /** Replaces each procedure and all its parts in one transaction: never half an update. */
  async saveGraphs(graphs: ProcedureGraph[]): Promise<void> {
    if (graphs.length === 0) return;
    await this.dataSource.transaction(async (manager) => {
      const codes = graphs.map((g) => g.procedure.code);
      await this.deleteParts(manager, codes);
      await manager
        .createQueryBuilder()
        .insert()
        .into(Procedure)
        .values(graphs.map((g) => ({ ...g.procedure, updatedAt: () => 'now()' })))
        .orUpdate(this.procedureColumns(manager), ['code'])
        .execute();
      await this.insertAll(
        manager,
        ProcedureChannel,
        graphs.flatMap((g) => g.channels),
      );
      await this.insertAll(
        manager,
        ProcedureDocument,
        graphs.flatMap((g) => g.documents),
      );
      await this.insertAll(
        manager,
        ProcedureLegalBasis,
        graphs.flatMap((g) => g.legalBases),
      );
    });
  }

  async upsertProvincial(rows: Omit<ProvincialProcedure, 'createdAt' | 'updatedAt'>[]): Promise<void> {
    if (rows.length === 0) return;
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(ProvincialProcedure)
      .values(rows.map((r) => ({ ...r, updatedAt: () => 'now()' })))
      .orUpdate(
        [
          'base_code',
          'name',
          'field',
          'agency',
          'online_level',
          'online_level_text',
          'decision_no',
          'updated_at',
        ],
        ['province_code', 'code'],
      )
      .execute();
  }

  async countProcedures(): Promise<number> {
    return this.dataSource.getRepository(Procedure).count();
  }

  async existingCodes(codes: string[]): Promise<Set<string>> {
    if (codes.length === 0) return new Set();
    const rows = await this.dataSource
      .getRepository(Procedure)
      .find({ select: { code: true }, where: { code: In(codes) } });
    return new Set(rows.map((r) => r.code));
  }

  async findByCode(code: string): Promise<Procedure | null> {
    return this.dataSource.getRepository(Procedure).findOne({
      where: { code },
      relations: { channels: true, documents: true, legalBases: true },
      order: {
        channels: { position: 'ASC' },
        documents: { position: 'ASC' },
        legalBases: { position: 'ASC' },
      },
    });
  }

  async findProvincial(baseCode: string): Promise<ProvincialProcedure[]> {
    return this.dataSource.getRepository(ProvincialProcedure).find({
      where: { baseCode },
      order: { provinceCode: 'ASC', code: 'ASC' },
    });
  }

  /** What the in-memory search indexes: names, results, field, and the start of documents and steps. */
  async searchDocuments(): Promise<SearchDocument[]> {
    const rows: {
      code: string;
      name: string;
      levels: string[];
      field: string | null;
      results: { name: string }[];
      content_mismatch: boolean;
      provincial: boolean;
      body: string | null;
    }[] = await this.dataSource.query(
      `SELECT p.code, p.name, p.levels, p.field, p.results, p.content_mismatch,
              EXISTS (SELECT 1 FROM provincial_procedure pp WHERE pp.base_code = left(p.code, 8)) AS provincial,
              left(concat_ws(' . ', (SELECT string_agg(d.name, ' . ' ORDER BY d.position)
                                     FROM procedure_document d WHERE d.procedure_code = p.code), p.steps), $1) AS body
         FROM procedure p ORDER BY p.code`,
      [BODY_CHARS],
    );
    return rows.map((r) => ({
      code: r.code,
      name: r.name,
      levels: r.levels,
      field: r.field,
      results: r.results.map((x) => x.name),
      body: r.body ?? '',
      contentMismatch: r.content_mismatch,
      provincial: r.provincial,
    }));
  }

  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }

  private async deleteParts(manager: EntityManager, codes: string[]): Promise<void> {
    for (const entity of [ProcedureChannel, ProcedureDocument, ProcedureLegalBasis]) {
      await manager.delete(entity, { procedureCode: In(codes) });
    }
  }

  /** Chunks keep each INSERT under PostgreSQL's 65,535 bind-parameter limit. */
  private async insertAll<T extends object>(
    manager: EntityManager,
    entity: new () => T,
    rows: Partial<T>[],
  ): Promise<void> {
    const chunk = 1000;
    for (let i = 0; i < rows.length; i += chunk) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(entity)
        .values(rows.slice(i, i + chunk) as never)
        .execute();
    }
  }

  private procedureColumns(manager: EntityManager): string[] {
    return manager.connection
      .getMetadata(Procedure)
      .columns.map((c) => c.databaseName)
      .filter((name) => name !== 'code' && name !== 'created_at');
  }
}
