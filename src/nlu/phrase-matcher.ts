import type { Token } from './vietnamese-text.util';

export interface PhraseMatch {
  /** Index of the phrase in the list given to the matcher. */
  phrase: number;
  start: number;
  length: number;
}

/**
 * Finds many phrases in a token sequence in one pass, comparing folded forms: phrases are looked
 * up by their first word, so the cost grows with the text, not with the length of the list.
 */
export class PhraseMatcher {
  private readonly byFirstWord = new Map<string, { phrase: number; words: string[] }[]>();

  constructor(phrases: Token[][]) {
    phrases.forEach((tokens, phrase) => {
      if (tokens.length === 0) return;
      const words = tokens.map((t) => t.folded);
      const list = this.byFirstWord.get(words[0]) ?? [];
      list.push({ phrase, words });
      this.byFirstWord.set(words[0], list);
    });
  }

  matches(tokens: Token[]): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    for (let start = 0; start < tokens.length; start++) {
      for (const { phrase, words } of this.byFirstWord.get(tokens[start].folded) ?? []) {
        if (start + words.length > tokens.length) continue;
        let ok = true;
        for (let j = 1; j < words.length && ok; j++) ok = tokens[start + j].folded === words[j];
        if (ok) out.push({ phrase, start, length: words.length });
      }
    }
    return out;
  }

  /** The phrases that occur at least once. */
  found(tokens: Token[]): Set<number> {
    return new Set(this.matches(tokens).map((m) => m.phrase));
  }
}
