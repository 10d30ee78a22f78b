/**
 * A small BM25 index over weighted fields. Documents are bags of terms per field; a term found in
 * a heavier field counts more (a procedure's name says more than its steps). Pure and in memory:
 * 2,642 procedures index in milliseconds and score in well under a millisecond.
 */
export interface FieldTerms {
  weight: number;
  terms: string[];
}

interface Posting {
  doc: number;
  /** Weighted term frequency over the document's fields. */
  tf: number;
}

const K1 = 1.2;
const B = 0.75;

export class Bm25Index<Id> {
  private readonly postings = new Map<string, Posting[]>();
  private readonly lengths: number[] = [];
  private readonly ids: Id[] = [];
  private averageLength = 0;

  add(id: Id, fields: FieldTerms[]): void {
    const doc = this.ids.length;
    this.ids.push(id);
    const tf = new Map<string, number>();
    let length = 0;
    for (const field of fields) {
      for (const term of field.terms) {
        tf.set(term, (tf.get(term) ?? 0) + field.weight);
        length += field.weight;
      }
    }
    this.lengths.push(length);
    for (const [term, freq] of tf) {
      let list = this.postings.get(term);
      if (!list) this.postings.set(term, (list = []));
      list.push({ doc, tf: freq });
    }
    this.averageLength = this.lengths.reduce((a, b) => a + b, 0) / this.lengths.length;
  }

  get size(): number {
    return this.ids.length;
  }

  idf(term: string): number {
    const n = this.postings.get(term)?.length ?? 0;
    return Math.log(1 + (this.ids.length - n + 0.5) / (n + 0.5));
  }

  /** Scores every document that shares a term with the query; best first. */
  search(terms: { term: string; boost: number }[], limit = 50): { id: Id; score: number }[] {
    const scores = new Map<number, number>();
    for (const { term, boost } of terms) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf(term);
      for (const { doc, tf } of list) {
        const norm = tf + K1 * (1 - B + (B * this.lengths[doc]) / this.averageLength);
        const s = (boost * idf * (tf * (K1 + 1))) / norm;
        scores.set(doc, (scores.get(doc) ?? 0) + s);
      }
    }
    return [...scores.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([doc, score]) => ({ id: this.ids[doc], score }));
  }
}
