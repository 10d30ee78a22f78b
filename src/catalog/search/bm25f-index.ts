/**
 * BM25F over weighted fields: a term's frequency is normalised per field by that field's length,
 * weighted, summed, then saturated once — so a long "steps" field cannot drown a short name.
 * Documents are added, then the index is frozen: each posting keeps its final weighted frequency,
 * so a query costs one multiply-add per posting (the p99 goal is a few milliseconds).
 */
export interface FieldSpec {
  weight: number;
  /** Length normalisation strength (0: none, 1: full). */
  b: number;
}

const K1 = 1.2;

interface PendingPosting {
  doc: number;
  tf: number[];
}

interface FrozenPostings {
  docs: Int32Array;
  /** Saturated weighted term frequency, wtf / (K1 + wtf), per posting. */
  weights: Float64Array;
  idf: number;
}

export class Bm25fIndex {
  private pending: Map<string, PendingPosting[]> | null = new Map();
  private frozen = new Map<string, FrozenPostings>();
  private readonly lengths: number[][] = [];
  private scores = new Float64Array(0);

  constructor(private readonly fields: FieldSpec[]) {}

  /** Adds a document as one term list per field; returns its number. */
  add(fieldTerms: string[][]): number {
    if (!this.pending) throw new Error('the index is frozen');
    const doc = this.lengths.length;
    this.lengths.push(fieldTerms.map((t) => t.length));
    const tf = new Map<string, number[]>();
    fieldTerms.forEach((terms, f) => {
      for (const term of terms) {
        let row = tf.get(term);
        if (!row) tf.set(term, (row = new Array<number>(this.fields.length).fill(0)));
        row[f]++;
      }
    });
    for (const [term, counts] of tf) {
      let list = this.pending.get(term);
      if (!list) this.pending.set(term, (list = []));
      list.push({ doc, tf: counts });
    }
    return doc;
  }

  /** Computes every posting's final weight; no document can be added afterwards. */
  freeze(): void {
    if (!this.pending) return;
    const n = this.lengths.length;
    const averages = this.fields.map((_, f) => this.lengths.reduce((s, l) => s + l[f], 0) / Math.max(1, n));
    for (const [term, list] of this.pending) {
      const docs = new Int32Array(list.length);
      const weights = new Float64Array(list.length);
      list.forEach(({ doc, tf }, i) => {
        let wtf = 0;
        for (let f = 0; f < tf.length; f++) {
          if (tf[f] === 0) continue;
          const { weight, b } = this.fields[f];
          wtf += (weight * tf[f]) / (1 - b + (b * this.lengths[doc][f]) / (averages[f] || 1));
        }
        docs[i] = doc;
        weights[i] = wtf / (K1 + wtf);
      });
      const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
      this.frozen.set(term, { docs, weights, idf });
    }
    this.pending = null;
    this.scores = new Float64Array(n);
  }

  get size(): number {
    return this.lengths.length;
  }

  /** Terms with a given prefix (prefix removed) and how many documents hold each. */
  vocabulary(prefix: string): Map<string, number> {
    this.freeze();
    const out = new Map<string, number>();
    for (const [term, postings] of this.frozen) {
      if (term.startsWith(prefix)) out.set(term.slice(prefix.length), postings.docs.length);
    }
    return out;
  }

  /** Sum over query terms of boost × idf × saturated weighted tf, for every matching document. */
  score(terms: { term: string; boost: number }[]): Map<number, number> {
    const touched = this.accumulate(terms);
    const out = new Map<number, number>();
    for (const doc of touched) {
      out.set(doc, this.scores[doc]);
      this.scores[doc] = 0;
    }
    return out;
  }

  /**
   * The `k` best-scoring documents, best first (ties in the order they were reached): what
   * `score` gives, sorted and cut, without sorting the thousands of documents a common word
   * touches.
   */
  best(terms: { term: string; boost: number }[], k: number): [doc: number, score: number][] {
    const touched = this.accumulate(terms);
    const scores = this.scores;
    let threshold = -Infinity;
    if (touched.length > k) {
      const values = new Float64Array(touched.length);
      for (let i = 0; i < touched.length; i++) values[i] = scores[touched[i]];
      values.sort();
      threshold = values[values.length - k];
    }
    const out: [number, number][] = [];
    for (const doc of touched) {
      if (scores[doc] >= threshold) out.push([doc, scores[doc]]);
      scores[doc] = 0;
    }
    return out.sort((a, b) => b[1] - a[1]).slice(0, k);
  }

  /** Adds every term's postings into `scores`; returns the documents touched, in order. */
  private accumulate(terms: { term: string; boost: number }[]): number[] {
    this.freeze();
    const touched: number[] = [];
    const scores = this.scores;
    for (const { term, boost } of terms) {
      const postings = this.frozen.get(term);
      if (!postings) continue;
      const factor = boost * postings.idf;
      const { docs, weights } = postings;
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i];
        if (scores[doc] === 0) touched.push(doc);
        scores[doc] += factor * weights[i];
      }
    }
    return touched;
  }
}
