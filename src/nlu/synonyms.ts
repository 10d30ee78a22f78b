import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { z } from 'zod';
import { PhraseMatcher, type PhraseMatch } from './phrase-matcher';
import { SEPARATOR, tokenize, type Token } from './vietnamese-text.util';

/**
 * A procedure code as the catalog writes it. Unquoted in YAML, "1.004220" would be read as the
 * number 1.00422, so a key that does not look like a code is refused with a message.
 */
const PROCEDURE_CODE = /^\d\.\d{6}$/;

/** intents/synonyms.yaml as staff write it. */
const synonymsFileSchema = z.object({
  abbreviations: z.record(z.string(), z.string().min(1)).default({}),
  synonyms: z.array(z.array(z.string().min(1)).min(2)).default([]),
  ignore: z.array(z.string().min(1)).default([]),
  modifiers: z.array(z.string().min(1)).default([]),
  implies: z.record(z.string(), z.array(z.string().min(1))).default({}),
  stands_in: z.record(z.string(), z.array(z.string().min(1))).default({}),
  procedures: z
    .record(
      z.string().regex(PROCEDURE_CODE, {
        message: 'mã thủ tục phải có dạng "1.004222" và đặt trong dấu ngoặc kép',
      }),
      z.array(z.string().min(1)).min(1),
    )
    .default({}),
});

export interface SynonymGroup {
  /** The catalog's wording (the first phrase of the group). */
  canonical: Token[];
  variants: Token[][];
}

/** The parsed synonym list: phrases tokenised once, looked up by their first folded word. */
export class Synonyms {
  /** Keyed by the folded word: "gplx", and "đkkd" for "dkkd" too. */
  private readonly abbreviations = new Map<string, Token[]>();
  /**
   * Chat spellings with tone marks ("mún" for "muốn") match only as typed: folded, "mún" would
   * also be "mùn" in the catalog ("phân mùn").
   */
  private readonly accentedAbbreviations = new Map<string, Token[]>();
  readonly groups: SynonymGroup[] = [];
  readonly ignore: Token[][] = [];
  /** Words that mark a special case of a procedure ("cấp lại", "có yếu tố nước ngoài"). */
  readonly modifiers: Token[][] = [];
  private readonly variantMatcher: PhraseMatcher;
  private readonly canonicalMatcher: PhraseMatcher;
  /** Group of each variant, in the matcher's order. */
  private readonly variantGroup: number[] = [];
  private readonly modifierMatcher: PhraseMatcher;
  /** Per modifier, the cases a citizen who states it asks for too ("mất" → "lại"). */
  private readonly implied = new Map<number, number[]>();
  private readonly standIns = new Map<number, number[]>();
  private readonly nested: Set<number>[];
  readonly ignoreMatcher: PhraseMatcher;
  /**
   * How citizens ask for one procedure, by its code ("cắt khẩu" for "Xóa đăng ký thường trú"):
   * words that point at one procedure and not at every name that shares them.
   */
  readonly procedurePhrases = new Map<string, Token[][]>();

  constructor(source: z.input<typeof synonymsFileSchema>) {
    const data = synonymsFileSchema.parse(source);
    for (const [abbr, full] of Object.entries(data.abbreviations)) {
      const key = tokenize(abbr);
      if (key.length !== 1) continue;
      const toneMarked = key[0].accented.replace(/đ/g, 'd') !== key[0].folded;
      if (toneMarked) this.accentedAbbreviations.set(key[0].accented, tokenize(full));
      else this.abbreviations.set(key[0].folded, tokenize(full));
    }
    for (const phrases of data.synonyms) {
      const [canonical, ...variants] = phrases.map(tokenize).filter((p) => p.length > 0);
      if (canonical && variants.length) this.groups.push({ canonical, variants });
    }
    // Longest first, so "mất bao lâu" is removed before "bao lâu" could leave "mất" behind.
    this.ignore = data.ignore
      .map(tokenize)
      .filter((p) => p.length > 0)
      .sort((a, b) => b.length - a.length);
    this.modifiers = data.modifiers.map(tokenize).filter((p) => p.length > 0);
    const variants: Token[][] = [];
    this.groups.forEach((g, i) =>
      g.variants.forEach((v) => {
        variants.push(v);
        this.variantGroup.push(i);
      }),
    );
    this.variantMatcher = new PhraseMatcher(variants);
    this.canonicalMatcher = new PhraseMatcher(this.groups.map((g) => g.canonical));
    this.modifierMatcher = new PhraseMatcher(this.modifiers);
    this.nested = this.modifiers.map((m, no) => {
      const inside = this.modifiersIn(m);
      inside.delete(no);
      return inside;
    });
    for (const [section, map] of [
      ['implies', this.implied],
      ['stands_in', this.standIns],
    ] as const) {
      for (const [phrase, cases] of Object.entries(data[section])) {
        map.set(
          this.modifierNo(phrase, section),
          cases.map((c) => this.modifierNo(c, section)),
        );
      }
    }
    this.ignoreMatcher = new PhraseMatcher(this.ignore);
    for (const [code, phrases] of Object.entries(data.procedures)) {
      const tokenised = phrases.map(tokenize).filter((p) => p.length > 0);
      if (tokenised.length) this.procedurePhrases.set(code, tokenised);
    }
  }

  /** The text without its question phrasing ("cần giấy tờ gì", "ở đâu"): what says which procedure. */
  withoutIgnored(tokens: Token[]): Token[] {
    const ignored = new Set<number>();
    // Longest phrases first, so "mất bao lâu" is removed whole before "bao lâu" could leave "mất".
    const matches = this.ignoreMatcher.matches(tokens).sort((a, b) => b.length - a.length);
    if (matches.length === 0) return tokens;
    // A longer listed term wins over the question phrasing inside it: "lệ phí" asks the fee, but
    // "miễn lệ phí trước bạ" names the procedure "Khai lệ phí trước bạ …".
    const terms = [...this.canonicalMatcher.matches(tokens), ...this.variantMatcher.matches(tokens)];
    for (const m of matches) {
      if (terms.some((t) => t.length > m.length && within(m, t))) continue;
      const span = Array.from({ length: m.length }, (_, j) => m.start + j);
      if (span.every((i) => !ignored.has(i))) span.forEach((i) => ignored.add(i));
    }
    return ignored.size ? tokens.filter((_, i) => !ignored.has(i)) : tokens;
  }

  /** Groups one of whose colloquial variants occurs in the text, in list order. */
  groupsIn(tokens: Token[]): SynonymGroup[] {
    return this.colloquial(tokens).groups;
  }

  /** Groups whose colloquial variants occur, and which token positions those variants cover. */
  colloquial(tokens: Token[]): { groups: SynonymGroup[]; covered: Set<number> } {
    // A variant inside the catalog wording itself ("báo mất" in "trình báo mất") is no colloquial use.
    const canonical = this.canonicalMatcher.matches(tokens);
    const matches = longestOnly(this.variantMatcher.matches(tokens)).filter(
      (m) => !canonical.some((c) => c.length > m.length && within(m, c)),
    );
    const found = new Set(matches.map((m) => this.variantGroup[m.phrase]));
    const covered = new Set(matches.flatMap((m) => Array.from({ length: m.length }, (_, j) => m.start + j)));
    return { groups: [...found].sort((a, b) => a - b).map((i) => this.groups[i]), covered };
  }

  /** The words an abbreviation or chat spelling stands for, if the token is one. */
  abbreviationOf(token: Token): Token[] | undefined {
    return (
      (token.hasDiacritics ? this.accentedAbbreviations.get(token.accented) : undefined) ??
      this.abbreviations.get(token.folded)
    );
  }

  /**
   * Catalog text written with a domain abbreviation ("sổ BHXH") reads as the full words ("sổ bảo
   * hiểm xã hội"), so a citizen who writes them out matches the word pairs too; the abbreviations
   * follow at the end. Short keys (k, e, a…) are chat slang, not catalog abbreviations.
   */
  expandAbbreviations(tokens: Token[]): Token[] {
    const out: Token[] = [];
    const used: Token[] = [];
    for (const t of tokens) {
      const full = t.folded.length >= 3 ? this.abbreviationOf(t) : undefined;
      if (full) {
        out.push(...full);
        used.push(t);
      } else {
        out.push(t);
      }
    }
    return used.length ? [...out, SEPARATOR, ...used] : out;
  }

  /** Indices of the modifiers that occur in a text. */
  modifiersIn(tokens: Token[]): Set<number> {
    return this.modifierMatcher.found(tokens);
  }

  /**
   * The special cases a name states, each once: "người nước ngoài" is one case, not also
   * "nước ngoài" inside it.
   */
  outermostModifiersIn(tokens: Token[]): Set<number> {
    return new Set(longestOnly(this.modifierMatcher.matches(tokens)).map((m) => m.phrase));
  }

  /**
   * Each special case a text states, as the modifiers its words hold: "người nước ngoài" is one
   * case, {người nước ngoài, nước ngoài}, met by a name that says "có yếu tố nước ngoài".
   */
  casesIn(tokens: Token[]): Set<number>[] {
    const matches = this.modifierMatcher.matches(tokens);
    return longestOnly(matches).map(
      (outer) => new Set(matches.filter((m) => within(m, outer)).map((m) => m.phrase)),
    );
  }

  /**
   * The cases a citizen asks for without naming them: one who lost a paper wants it issued again
   * ("mất cà vẹt" is "Cấp lại chứng nhận đăng ký xe"), so names saying "cấp lại" are not a
   * special case they left out.
   */
  impliedBy(asked: Set<number>): Set<number> {
    const out = new Set<number>();
    for (const m of asked) for (const c of this.implied.get(m) ?? []) if (!asked.has(c)) out.add(c);
    return out;
  }

  /**
   * The shorter cases inside a case ("đổi" in "cấp đổi"): a citizen who says "đổi thẻ căn cước"
   * asks for the name's "cấp đổi".
   */
  casesInside(modifier: number): Set<number> {
    return this.nested[modifier] ?? NO_CASES;
  }

  /**
   * The cases the catalog files an asked action under when it has no procedure of that name: an
   * expired certificate with no "gia hạn" procedure is issued again ("cấp lại", "cấp đổi").
   */
  standInsFor(action: number): number[] {
    return this.standIns.get(action) ?? [];
  }

  /** A listed modifier's index; staff's `implies` and `stands_in` may only name listed modifiers. */
  private modifierNo(phrase: string, section: string): number {
    const key = tokenize(phrase)
      .map((t) => t.folded)
      .join(' ');
    const no = this.modifiers.findIndex((m) => m.map((t) => t.folded).join(' ') === key);
    if (no < 0) throw new Error(`${section}: "${phrase}" không có trong danh sách modifiers`);
    return no;
  }

  /** Where modifiers occur in a text. */
  modifierMatches(tokens: Token[]): PhraseMatch[] {
    return this.modifierMatcher.matches(tokens);
  }

  static fromFile(path: string): Synonyms {
    return Synonyms.fromText(readFileSync(path, 'utf8'), path);
  }

  /** Parses the list as staff wrote it; the error names `label` (a file, or "từ đồng nghĩa"). */
  static fromText(text: string, label: string): Synonyms {
    try {
      return new Synonyms(yaml.load(text) as z.input<typeof synonymsFileSchema>);
    } catch (error) {
      throw new Error(`${label}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Words in the list, for the lexicon (so a typo can be corrected to a synonym's word). */
  allTokens(): Token[] {
    return [
      ...[...this.abbreviations.values(), ...this.accentedAbbreviations.values()].flat(),
      ...this.groups.flatMap((g) => [g.canonical, ...g.variants].flat()),
      ...this.ignore.flat(),
      ...this.modifiers.flat(),
      ...[...this.procedurePhrases.values()].flat(2),
    ];
  }
}

/**
 * Drops a phrase found inside a longer one: "sang tên xe" is about a vehicle, so the "sang tên"
 * inside it must not also bring in the land transfer that "sang tên" alone usually means.
 */
function longestOnly(matches: PhraseMatch[]): PhraseMatch[] {
  if (matches.length < 2) return matches;
  return matches.filter((m) => !matches.some((o) => o.length > m.length && within(m, o)));
}

function within(inner: PhraseMatch, outer: PhraseMatch): boolean {
  return outer.start <= inner.start && outer.start + outer.length >= inner.start + inner.length;
}

const NO_CASES = new Set<number>();

export { SEPARATOR };

/** Start positions where `phrase` occurs in `tokens`, compared on folded forms. */
export function findPhrase(tokens: Token[], phrase: Token[], from = 0): number[] {
  const hits: number[] = [];
  outer: for (let i = from; i + phrase.length <= tokens.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (tokens[i + j].folded !== phrase[j].folded) continue outer;
    hits.push(i);
  }
  return hits;
}
