import type { Token } from '../../nlu/vietnamese-text.util';

/**
 * Function words that say nothing about which procedure is meant. Checked on the accented form
 * when there is one: folded, "căn" (căn cước) and "cần" (need) are the same "can", so only the
 * folded forms that cannot be a content word of a procedure name are dropped from unaccented text.
 */
const STOP_ACCENTED = new Set(
  'của và với cho các trong về là thì mà như để khi đã sẽ tôi em mình bạn anh chị có không được này đó những một nào gì thế cần phải bị hay hãy hoặc tại từ theo lên ra vào ở nhé à ơi ạ nhưng nếu thể rồi vậy nhé còn'.split(
    ' ',
  ),
);
const STOP_FOLDED = new Set(
  'va voi cho cac trong la nhung mot nao gi toi em ban nay hoac neu duoc khong o a oi nhe se ve nhu khi roi vay'.split(
    ' ',
  ),
);

export function isStopword(t: Token): boolean {
  return t.hasDiacritics ? STOP_ACCENTED.has(t.accented) : STOP_FOLDED.has(t.folded);
}

export interface WeightedTerm {
  term: string;
  boost: number;
}

const isContent = (t: Token) => t.folded.length > 0 && !isStopword(t);

/**
 * Each distinct term string is built once and then reused, looked up by the token's own word
 * (whose hash the token cache keeps): the catalog's texts repeat the same few thousand words
 * millions of times, and a reused term keeps its hash for the index's maps too.
 */
class TermCache {
  private readonly byWord = new Map<string, string>();
  private readonly pairs = new Map<string, Map<string, string>>();
  /** Citizens' typos are new words without end: past this many terms, new ones are not kept. */
  private room = 500_000;

  constructor(private readonly prefix: string) {}

  private keep(): boolean {
    if (this.room === 0) return false;
    this.room--;
    return true;
  }

  of(word: string): string {
    let cached = this.byWord.get(word);
    if (cached === undefined) {
      cached = this.prefix + word;
      if (this.keep()) this.byWord.set(word, cached);
    }
    return cached;
  }

  pair(first: string, second: string): string {
    let row = this.pairs.get(first);
    let cached = row?.get(second);
    if (cached === undefined) {
      cached = `${this.prefix}${first}_${second}`;
      if (this.keep()) {
        if (!row) this.pairs.set(first, (row = new Map()));
        row.set(second, cached);
      }
    }
    return cached;
  }
}

const FOLDED = new TermCache('f:');
const ACCENTED = new TermCache('a:');
const PAIRS = new TermCache('b:');

/** Folded unigrams of content words: "f:dang". */
export function unigrams(tokens: Token[]): string[] {
  return tokens.filter(isContent).map((t) => FOLDED.of(t.folded));
}

/** Accented unigrams: "a:đăng" — rewarded above folded matches when the citizen typed accents. */
export function accentedUnigrams(tokens: Token[]): string[] {
  return tokens.filter((t) => isContent(t) && t.hasDiacritics).map((t) => ACCENTED.of(t.accented));
}

/**
 * Folded bigrams of adjacent words: "b:dang_ki". Vietnamese words are mostly two syllables, and a
 * function word can belong to one ("nhà ở"), so only `contentOnly` pairs (for coverage) skip them.
 */
export function bigrams(tokens: Token[], contentOnly = false): string[] {
  const out: string[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const [a, b] = [tokens[i - 1], tokens[i]];
    if (!a.folded || !b.folded) continue;
    if (contentOnly && (!isContent(a) || !isContent(b))) continue;
    out.push(PAIRS.pair(a.folded, b.folded));
  }
  return out;
}

/** Every term a text contributes to an index field. */
export function fieldTerms(tokens: Token[], withAccents = true): string[] {
  return [...unigrams(tokens), ...bigrams(tokens), ...(withAccents ? accentedUnigrams(tokens) : [])];
}
