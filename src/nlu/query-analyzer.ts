import { Lexicon } from './lexicon';
import { isSyllable } from './syllable.util';
import { SEPARATOR, Synonyms } from './synonyms';
import { decodeTelex, isLoanword } from './telex.util';
import { clauses, toToken, words, type Token } from './vietnamese-text.util';

export interface Correction {
  from: string;
  to: string;
  kind: 'abbreviation' | 'telex' | 'split' | 'typo';
}

/** A citizen's message prepared for search. */
export interface AnalyzedQuery {
  /** Every token after abbreviations, telex decoding, glued-word splitting and typo correction. */
  tokens: Token[];
  /** Tokens that say which procedure is meant (question phrasing removed). */
  content: Token[];
  /** The catalog's wording for colloquial phrases found in the message ("sổ đỏ" → …). */
  expansions: Token[][];
  /** Content tokens that belong to such a colloquial phrase: the expansion speaks for them. */
  colloquial: Token[];
  corrections: Correction[];
  /** The citizen typed with diacritics: accented matches can be trusted. */
  accented: boolean;
}

/**
 * Turns how citizens write (no diacritics, NFD, telex leftovers, abbreviations, glued words,
 * typos, colloquial names) into tokens the catalog index understands.
 */
export class QueryAnalyzer {
  constructor(
    private readonly synonyms: Synonyms,
    private readonly lexicon: Lexicon,
  ) {}

  analyze(text: string): AnalyzedQuery {
    const corrections: Correction[] = [];
    // A separator before each clause; the stray ones (leading, doubled) go with those of the ignored.
    const tokens = withoutStraySeparators(
      clauses(text).flatMap((c) => [SEPARATOR, ...words(c).flatMap((w) => this.repair(w, corrections))]),
    );
    const content = withoutStraySeparators(this.synonyms.withoutIgnored(tokens));
    const { groups, covered } = this.synonyms.colloquial(content);
    const expansions = groups.map((g) => g.canonical);
    const colloquial = content.filter((_, i) => covered.has(i));
    const spoken = tokens.filter((t) => t !== SEPARATOR);
    const withDiacritics = spoken.filter((t) => t.hasDiacritics).length;
    return {
      tokens,
      content,
      expansions,
      colloquial,
      corrections,
      accented: spoken.length > 0 && withDiacritics / spoken.length >= 0.3,
    };
  }

  /** Classifier features: folded words and word pairs after repair (abbreviations, telex, typos). */
  features(text: string): string[] {
    const folded = words(text)
      .flatMap((w) => this.repair(w, []))
      .map((t) => t.folded);
    return [...folded, ...folded.slice(1).map((w, i) => `${folded[i]}_${w}`)];
  }

  private repair(word: string, corrections: Correction[]): Token[] {
    const token = toToken(word);
    const abbreviation = this.synonyms.abbreviationOf(token);
    if (abbreviation) {
      corrections.push({
        from: word,
        to: abbreviation.map((t) => t.accented).join(' '),
        kind: 'abbreviation',
      });
      return abbreviation;
    }
    if (
      token.hasDiacritics ||
      (/\d/.test(word) && !/[a-z]/.test(word)) ||
      isSyllable(token.folded) ||
      this.lexicon.knows(token.folded) ||
      isLoanword(token.folded)
    ) {
      return [token];
    }
    const telex = decodeTelex(word);
    if (telex) {
      corrections.push({ from: word, to: telex, kind: 'telex' });
      return [toToken(telex)];
    }
    const parts = this.lexicon.split(token.folded);
    if (parts) {
      corrections.push({ from: word, to: parts.join(' '), kind: 'split' });
      return parts.map(toToken);
    }
    const fixed = this.lexicon.correct(token.folded);
    if (fixed) {
      corrections.push({ from: word, to: fixed, kind: 'typo' });
      return [toToken(fixed)];
    }
    return [token];
  }
}

/** Separators with nothing between them, or at either end, as an empty or ignored clause leaves. */
function withoutStraySeparators(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    if (t === SEPARATOR && (out.length === 0 || out[out.length - 1] === SEPARATOR)) continue;
    out.push(t);
  }
  if (out[out.length - 1] === SEPARATOR) out.pop();
  return out;
}
