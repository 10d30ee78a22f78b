import { toMatchForm } from '../../nlu/text-fold.util';
import type { ProcedureIndexRow } from '../catalog.repository';
import { Bm25Index } from './bm25-index';

/** Syllables and syllable bigrams: Vietnamese words are mostly two syllables, so bigrams carry meaning. */
export function terms(text: string): string[] {
  const syllables = toMatchForm(text).split(' ').filter(Boolean);
  const bigrams = syllables.slice(1).map((s, i) => `${syllables[i]}_${s}`);
  return [...syllables, ...bigrams];
}

/** Syllables so common in procedure names that they say nothing about which one is meant. */
const GENERIC = new Set([
  'thu',
  'tuc',
  'thu_tuc',
  'cap',
  'cua',
  'va',
  'doi',
  'voi',
  'cho',
  'cac',
  'trong',
  've',
  'la',
]);

/** How much a name wholly covered by the query is preferred over one that only overlaps it. */
const COVERAGE_WEIGHT = 0.6;

export interface ProcedureHit {
  code: string;
  score: number;
}

/** The in-memory search over procedure names, result documents and fields. */
export class ProcedureIndex {
  private readonly index = new Bm25Index<string>();
  private readonly rows = new Map<string, ProcedureIndexRow>();
  /** Distinctive bigrams of each name: used to see how much of a name the query covers. */
  private readonly nameBigrams = new Map<string, string[]>();

  constructor(rows: ProcedureIndexRow[]) {
    for (const row of rows) {
      this.rows.set(row.code, row);
      this.nameBigrams.set(
        row.code,
        terms(row.name).filter((t) => t.includes('_') && !GENERIC.has(t)),
      );
      this.index.add(row.code, [
        { weight: 3, terms: terms(row.name) },
        { weight: 1, terms: row.results.flatMap((r) => terms(r.name)) },
        { weight: 0.5, terms: terms(row.field ?? '') },
      ]);
    }
  }

  get size(): number {
    return this.index.size;
  }

  row(code: string): ProcedureIndexRow | undefined {
    return this.rows.get(code);
  }

  allRows(): ProcedureIndexRow[] {
    return [...this.rows.values()];
  }

  /**
   * BM25 ranks names that share rare words with the query; coverage then prefers the name the
   * query states most completely ("đăng ký khai sinh" over "đăng ký khai sinh cho người đã có
   * hồ sơ, giấy tờ cá nhân" when the citizen asks what papers birth registration needs).
   */
  search(query: string, limit = 20): ProcedureHit[] {
    const queryTerms = terms(query).filter((t) => !GENERIC.has(t));
    const querySet = new Set(queryTerms);
    const hits = this.index.search(
      queryTerms.map((term) => ({ term, boost: term.includes('_') ? 1.5 : 1 })),
      Math.max(limit, 100),
    );
    return hits
      .map(({ id, score }) => ({
        code: id,
        score: score * (1 - COVERAGE_WEIGHT + COVERAGE_WEIGHT * this.coverage(id, querySet)),
      }))
      .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code))
      .slice(0, limit);
  }

  private coverage(code: string, query: Set<string>): number {
    const bigrams = this.nameBigrams.get(code) ?? [];
    if (bigrams.length === 0) return 0;
    return bigrams.filter((b) => query.has(b)).length / bigrams.length;
  }
}
