import type { Token } from './vietnamese-text.util';

export interface PhraseMatch {
  /** Index of the phrase in the list given to the matcher. */
  phrase: number;
  start: number;
  length: number;
}

/**
 * Finds many phrases in a token sequence in one pass: phrases are looked up by their first word,
 * so the cost grows with the text, not with the length of the list. Words compare folded, and
 * also accented when both sides carry diacritics: "đối với" is not the special case "đổi", nor
 * "bí mật" the case "mất", while "doi" typed without accents may be either.
 */
export class PhraseMatcher {
  private readonly byFirstWord = new Map<string, { phrase: number; words: Token[] }[]>();

  constructor(phrases: Token[][]) {
    phrases.forEach((words, phrase) => {
      if (words.length === 0) return;
      const list = this.byFirstWord.get(words[0].folded) ?? [];
      list.push({ phrase, words });
      this.byFirstWord.set(words[0].folded, list);
    });
  }

  matches(tokens: Token[]): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    for (let start = 0; start < tokens.length; start++) {
      for (const { phrase, words } of this.byFirstWord.get(tokens[start].folded) ?? []) {
        if (start + words.length > tokens.length) continue;
        let ok = true;
        for (let j = 0; j < words.length && ok; j++) ok = sameWord(tokens[start + j], words[j]);
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

/** Folded forms match, and accented ones too when both carry diacritics ("căn" is not "cần"). */
export function sameWord(typed: Token, listed: Token): boolean {
  if (typed.folded !== listed.folded) return false;
  return !typed.hasDiacritics || !listed.hasDiacritics || typed.accented === listed.accented;
}
