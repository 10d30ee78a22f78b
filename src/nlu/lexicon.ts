import { isSyllable } from './syllable.util';
import type { Token } from './vietnamese-text.util';

/**
 * The syllables the assistant knows (from the catalog and the synonym list) with their
 * frequencies: the yardstick for typo correction and for splitting glued words.
 */
export class Lexicon {
  private readonly counts = new Map<string, number>();
  /** Catalog words that are no Vietnamese syllable ("idera", "abtc", "vneid"): never "repaired". */
  private readonly otherCatalogWords = new Set<string>();
  /** Each word's single-deletion variants → words (a small SymSpell): fast edit-distance-1 lookup. */
  private readonly deletions = new Map<string, string[]>();

  /** From folded words with counts (e.g. the index's document frequencies) and extra tokens. */
  constructor(counts: Iterable<[string, number]>, extra: Iterable<Token> = []) {
    for (const [word, n] of counts) {
      if (isSyllable(word)) this.counts.set(word, (this.counts.get(word) ?? 0) + n);
      else this.otherCatalogWords.add(word);
    }
    for (const t of extra) {
      if (isSyllable(t.folded)) this.counts.set(t.folded, (this.counts.get(t.folded) ?? 0) + 1);
    }
    for (const word of this.counts.keys()) {
      for (const d of deletionsOf(word)) {
        const list = this.deletions.get(d);
        if (list) list.push(word);
        else this.deletions.set(d, [word]);
      }
    }
  }

  get size(): number {
    return this.counts.size;
  }

  has(folded: string): boolean {
    return this.counts.has(folded);
  }

  /** A known syllable, or a word the catalog itself uses (an acronym, a foreign name). */
  knows(folded: string): boolean {
    return this.counts.has(folded) || this.otherCatalogWords.has(folded);
  }

  /** The most frequent known word one edit (insert, delete, substitute, swap) away, if any. */
  correct(folded: string): string | null {
    if (folded.length < 3 || this.has(folded)) return null;
    const candidates = new Set<string>();
    for (const w of this.deletions.get(folded) ?? []) candidates.add(w); // a letter too few
    for (const d of deletionsOf(folded)) {
      if (this.has(d)) candidates.add(d); // a letter too many
      for (const w of this.deletions.get(d) ?? []) if (w.length === folded.length) candidates.add(w);
    }
    let best: string | null = null;
    for (const c of candidates) {
      if (!withinOneEdit(folded, c)) continue;
      if (best === null || this.counts.get(c)! > this.counts.get(best)!) best = c;
    }
    return best;
  }

  /** Splits a glued word ("dangky") into 2–4 known syllables, preferring fewer, commoner ones. */
  split(folded: string): string[] | null {
    if (folded.length < 4 || folded.length > 24) return null;
    const best: (string[] | null)[] = [[]];
    for (let end = 1; end <= folded.length; end++) {
      best[end] = null;
      for (let start = Math.max(0, end - 7); start < end; start++) {
        const prefix = best[start];
        const piece = folded.slice(start, end);
        if (!prefix || !this.has(piece)) continue;
        const candidate = [...prefix, piece];
        if (!best[end] || candidate.length < best[end]!.length) best[end] = candidate;
      }
    }
    const parts = best[folded.length];
    return parts && parts.length >= 2 && parts.length <= 4 ? parts : null;
  }
}

function deletionsOf(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Damerau–Levenshtein distance ≤ 1 (equal lengths: one substitution or one adjacent swap). */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length !== b.length) {
    const [short, long] = a.length < b.length ? [a, b] : [b, a];
    for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
    return false;
  }
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  if (diff.length === 1) return true;
  return (
    diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]]
  );
}
