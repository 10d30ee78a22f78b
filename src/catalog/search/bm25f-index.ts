export interface FieldSpec {
  weight: number;
  /** Length normalisation strength (0: none, 1: full). */
  b: number;
}

const K1 = 1.2;

interface FrozenPostings {
  docs: Int32Array;
  /** Saturated weighted term frequency, wtf / (K1 + wtf), per posting. */
  weights: Float64Array;
  idf: number;
}

/**
 * BM25F over weighted fields: a term's frequency is normalised per field by that field's length,
 * weighted, summed, then saturated once — so a long "steps" field cannot drown a short name.
 * Documents are added, then the index is frozen: each posting keeps its final weighted frequency,
 * so a query costs one multiply-add per posting (the p99 goal is a few milliseconds).
 *
 * Terms are numbered as they are first seen; while documents are added, each term keeps one flat
 * list of its occurrences instead of an object per posting: the catalog's step texts make over a
 * million term occurrences, and the build goal is 2 s.
 */
export class Bm25fIndex {
  private readonly termIds = new Map<string, number>();
  /** Per term, while adding: each occurrence as document × fields + field, in the order added. */
  private pending: number[][] | null = [];
  private postings: FrozenPostings[] = [];
  private readonly lengths: number[][] = [];
  private scores = new Float64Array(0);

  constructor(private readonly fields: FieldSpec[]) {}

  /** Adds a document as one term list per field; returns its number. */
  add(fieldTerms: string[][]): number {
    const pending = this.pending;
    if (!pending) throw new Error('the index is frozen');
    const doc = this.lengths.length;
    const width = this.fields.length;
    this.lengths.push(fieldTerms.map((t) => t.length));
    for (let f = 0; f < fieldTerms.length; f++) {
      const occurrence = doc * width + f;
      for (const term of fieldTerms[f]) {
        let id = this.termIds.get(term);
        if (id === undefined) {
          id = pending.length;
          this.termIds.set(term, id);
          pending.push([]);
        }
        pending[id].push(occurrence);
      }
    }
    return doc;
  }

  /** Computes every posting's final weight; no document can be added afterwards. */
  freeze(): void {
    if (!this.pending) return;
    const n = this.lengths.length;
    const width = this.fields.length;
    // Averaged over the documents that have the field: a field most documents lack (staff's phrases
    // for a few hundred procedures) would otherwise have a near-zero average that crushes every match.
    const averages = this.fields.map((_, f) => {
      const present = this.lengths.filter((l) => l[f] > 0);
      return present.reduce((s, l) => s + l[f], 0) / Math.max(1, present.length);
    });
    const tf = new Float64Array(width);
    this.postings = this.pending.map((occurrences) => {
      const docs: number[] = [];
      const weights: number[] = [];
      // Occurrences come grouped by document (documents are added in order): sum each group.
      for (let i = 0; i < occurrences.length;) {
        const doc = Math.floor(occurrences[i] / width);
        tf.fill(0);
        for (; i < occurrences.length && Math.floor(occurrences[i] / width) === doc; i++)
          tf[occurrences[i] % width]++;
        let wtf = 0;
        for (let f = 0; f < width; f++) {
          if (tf[f] === 0) continue;
          const { weight, b } = this.fields[f];
          wtf += (weight * tf[f]) / (1 - b + (b * this.lengths[doc][f]) / (averages[f] || 1));
        }
        docs.push(doc);
        weights.push(wtf / (K1 + wtf));
      }
      const idf = Math.log(1 + (n - docs.length + 0.5) / (docs.length + 0.5));
      return { docs: Int32Array.from(docs), weights: Float64Array.from(weights), idf };
    });
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
    for (const [term, id] of this.termIds) {
      if (term.startsWith(prefix)) out.set(term.slice(prefix.length), this.postings[id].docs.length);
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
      const id = this.termIds.get(term);
      if (id === undefined) continue;
      const postings = this.postings[id];
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
