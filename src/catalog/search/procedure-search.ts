import type { AnalyzedQuery } from '../../nlu/query-analyzer';
import { SEPARATOR, type Synonyms } from '../../nlu/synonyms';
import { tokenizeClauses, type Token } from '../../nlu/vietnamese-text.util';
import { Bm25fIndex } from './bm25f-index';
import type { SearchDocument } from './search-document';
import { actionModifiers, parseProcedureName, type ProcedureName } from './procedure-name';
import { familyKey, spreadFamilies } from './procedure-family';
import { priorOf } from './search-priors';
import { hasSlotConflict } from './slot-conflict';
import { TermIds, TermMarks } from './term-marks';
import {
  accentedUnigrams,
  bigrams,
  fieldTerms,
  isStopword,
  unigrams,
  type WeightedTerm,
} from './search-terms';

/**
 * name ≫ result document ≫ field ≫ steps and documents; how citizens ask for the procedure (staff's
 * phrases in intents/synonyms.yaml) weighs nearly as much as its name.
 */
const FIELDS = [
  { weight: 3.0, b: 0.6 },
  { weight: 1.2, b: 0.5 },
  { weight: 0.6, b: 0.3 },
  { weight: 0.25, b: 0.75 },
  { weight: 2.0, b: 0.3 },
];

/** How much a name the message states completely is preferred over one it merely overlaps. */
const COVERAGE_WEIGHT = 0.6;
/** …and one holding more of the message's words over one that matches a few of them strongly. */
const QUERY_COVERAGE_WEIGHT = 0.4;

/**
 * Per special-case word in a name ("cấp lại", "có yếu tố nước ngoài") that the message does not
 * mention: the citizen's action and situation decide between sibling procedures.
 */
/**
 * A name opens with what the procedure does ("Đăng ký thường trú", "Chứng thực bản sao"): a
 * message stating that opening is about this procedure, not one that mentions it in passing
 * ("Xác nhận … để đăng ký thường trú").
 */
const LEAD_WEIGHT = 0.3;
const LEAD_PAIRS = 3;
const MODIFIER_PENALTY = 0.85;

/** How many of the first hits are different procedures before level copies may follow. */
const DISTINCT_FIRST = 3;
const RERANK_CANDIDATES = 300;

const COLLOQUIAL_BOOST = 0.5;

const VAGUE_PRIOR_POWER = 4;

/**
 * Names filed only by organisations against a message that names none: the person writing is most
 * likely filing for themselves, and a sibling for "hộ gia đình, cá nhân" usually exists.
 */
const ORGANISATION_PAIRS = ['b:to_chuc', 'b:cong_ty', 'b:doanh_nghiep', 'b:co_quan', 'b:don_vi'];
const INDIVIDUAL_PRIOR = 0.9;

export interface SearchHit {
  code: string;
  score: number;
  /** Share of the name's distinctive word pairs the message contains (0..1). */
  nameCoverage: number;
  /** Share of the message's content words found in the name or its synonyms (0..1). */
  queryCoverage: number;
  /** Special cases the message asks for ("gia hạn", "cấp lại") that the name does not state. */
  missingCases: number;
  /** Special cases the name is limited to ("cấp lại", "ra nước ngoài") that the message never states. */
  unaskedCases: number;
  /**
   * The message puts other words where the name has its own ("giấy phép [sử dụng] vật liệu nổ"
   * against "Giấy phép [vận chuyển] vật liệu nổ"): a neighbour of what was asked, not it.
   */
  slotConflict: boolean;
  /** The message states one of the ways citizens ask for this procedure, whole. */
  phraseMatch: boolean;
}

export interface SearchResult {
  query: AnalyzedQuery;
  hits: SearchHit[];
}

interface IndexedDoc {
  doc: SearchDocument;
  modifiers: ProcedureName;
  /** Distinctive word pairs of each way the name can be stated (one per listed action), as term ids. */
  nameBigrams: Int32Array[];
  /** The opening word pairs of each of those: the action and its object ("đăng ký thường trú"). */
  leadBigrams: Int32Array[];
  /** The name's words, folded and accented, each once. */
  nameWords: Int32Array;
  nameTokens: Token[];
  /** The words each of those phrases adds to the name's, as term ids. */
  phraseWords: Int32Array[];
  /** Word pairs of each way citizens ask for it ("cắt khẩu"), as term ids. */
  phraseBigrams: Int32Array[];
  /** Special cases each of those phrases states ("làm lại" → "lại"): asked when it is. */
  phraseCases: Set<number>[];
  prior: number;
}

/** The Vietnamese procedure search: analysed query → BM25F → coverage and priors. */
export class ProcedureSearch {
  private readonly index = new Bm25fIndex(FIELDS);
  private readonly docs: IndexedDoc[] = [];
  /** Each code's position in `docs`. */
  private readonly docNo = new Map<string, number>();
  /** Special cases that name an action ("gia hạn", "cấp đổi"), not a circumstance ("mất"). */
  private readonly actions: Set<number>;
  /** Level copies of one procedure share a family number. */
  private readonly familyOf = new Map<string, number>();
  private readonly nameTerms = new TermIds();
  private readonly marks: TermMarks;

  constructor(
    documents: SearchDocument[],
    private readonly synonyms: Synonyms,
  ) {
    const families = new Map<string, number>();
    const phrasesOf = phrasesByFamily(documents, synonyms);
    for (const doc of documents) {
      const nameTokens = this.synonyms.expandAbbreviations(tokenizeClauses(doc.name));
      const name = this.withSynonyms(nameTokens);
      const key = familyKey(doc.name);
      const ownTerms = fieldTerms(name);
      // A phrase is matched as the citizen says it; the index also gets its catalog wording.
      const phrases = (phrasesOf.get(key) ?? []).map((p) => this.synonyms.expandAbbreviations(p));
      const indexedPhrases = phrases.map((p) => this.withSynonyms(p));
      this.index.add([
        ownTerms,
        fieldTerms(
          this.withSynonyms(this.synonyms.expandAbbreviations(tokenizeClauses(doc.results.join('. ')))),
        ),
        fieldTerms(tokenizeClauses(doc.field ?? '')),
        fieldTerms(tokenizeClauses(doc.body), false),
        phraseTerms(indexedPhrases, ownTerms),
      ]);
      const parsed = parseProcedureName(doc.name, this.synonyms);
      const heads = parsed.heads.map((h) => this.withSynonyms(h)).filter((h) => h.length > 0);
      const nameWords = wordsOf(name);
      this.docs.push({
        doc,
        modifiers: parsed,
        nameBigrams: (heads.length ? heads : [name]).map((h) =>
          this.nameTerms.assign(new Set(bigrams(h, true))),
        ),
        leadBigrams: (heads.length ? heads : [name]).map((h) =>
          this.nameTerms.assign(leadOf(bigrams(h, true))),
        ),
        nameWords: this.nameTerms.assign(nameWords),
        phraseWords: indexedPhrases.map((p) =>
          this.nameTerms.assign(new Set([...wordsOf(p)].filter((w) => !nameWords.has(w)))),
        ),
        nameTokens,
        // Every word pair, function words included, read like a message: "căn cước bị gãy" is
        // stated only with "bị gãy", not by any message that says "căn cước".
        phraseBigrams: phrases.map((p) =>
          this.nameTerms.assign(new Set(bigrams(this.synonyms.withoutIgnored(p)))),
        ),
        phraseCases: phrases.map((p) => this.synonyms.modifiersIn(p)),
        prior: priorOf(doc),
      });
      this.docNo.set(doc.code, this.docs.length - 1);
      this.familyOf.set(doc.code, families.get(key) ?? families.set(key, families.size).get(key)!);
    }
    this.index.freeze();
    this.marks = new TermMarks(this.nameTerms);
    this.actions = actionModifiers(this.docs.map((d) => d.modifiers));
  }

  get size(): number {
    return this.docs.length;
  }

  document(code: string): SearchDocument | undefined {
    const no = this.docNo.get(code);
    return no === undefined ? undefined : this.docs[no].doc;
  }

  documents(): SearchDocument[] {
    return this.docs.map((d) => d.doc);
  }

  /** Folded words of the indexed catalog with their document frequencies (the lexicon's source). */
  vocabulary(): Map<string, number> {
    return this.index.vocabulary('f:');
  }

  search(query: AnalyzedQuery, limit = 10): SearchResult {
    // Tokens a colloquial phrase covers ("sổ đỏ", "bang lai"): its catalog wording speaks for them.
    const spokenFor = new Set(query.colloquial);
    const terms = this.queryTerms(query, spokenFor);
    const queryBigrams = new Set(terms.filter((t) => t.term.startsWith('b:')).map((t) => t.term));
    const queryWords = this.coverageWords(query);
    // A one- or two-word message ("giấy phép") fits hundreds of names about equally: what
    // citizens commonly file is then the best guess, so the prior weighs more.
    const priorPower =
      unigrams(query.content).length <= 2 && query.expansions.length === 0 ? VAGUE_PRIOR_POWER : 1;
    // Question phrasing is not a case: "mất bao lâu" asks how long, not about something lost.
    // A colloquial phrase's cases are its catalog wording's: unaccented "bang lai" is "giấy phép
    // lái xe", not the case "lại".
    const caseText = [
      ...query.content.map((t) => (spokenFor.has(t) ? SEPARATOR : t)),
      ...query.expansions.flatMap((e) => [SEPARATOR, ...e]),
    ];
    const askedCases = this.synonyms.casesIn(caseText);
    const stated = new Set(askedCases.flatMap((c) => [...c]));
    const implied = this.synonyms.impliedBy(stated);
    const asked = new Set([...stated, ...implied]);
    // Only actions: "làm lại CCCD bị mất" is "Cấp lại thẻ căn cước", though the name never says "mất".
    // An implied action is asked too: "mất bằng lái" is not answered with "Cấp giấy phép lái xe".
    const askedActions = [...askedCases, ...[...implied].map((m) => new Set([m]))].filter((c) =>
      [...c].some((m) => this.actions.has(m)),
    );
    const individual = !ORGANISATION_PAIRS.some((pair) => queryBigrams.has(pair));
    const hits: SearchHit[] = [];
    // Coverage and priors move a score by a factor of a few at most: re-ranking the best raw
    // matches is enough, and keeps a query within a few milliseconds.
    const candidates = this.index.best(terms, RERANK_CANDIDATES);
    // Word terms ("f:", "a:") and pair terms ("b:") never share an id: one marking holds both.
    this.marks.mark(queryWords);
    this.marks.mark(queryBigrams);
    try {
      for (const [docNo, bm25] of candidates) {
        const d = this.docs[docNo];
        const prior = d.prior * (individual && d.modifiers.forOrganisations ? INDIVIDUAL_PRIOR : 1);
        hits.push(this.rerank(d, bm25, prior ** priorPower, asked, askedActions, implied, queryWords.length));
      }
    } finally {
      this.marks.clear();
    }
    hits.sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
    const spread = spreadFamilies(
      hits.slice(0, limit * 2),
      (h) => this.familyOf.get(h.code) ?? -1,
      DISTINCT_FIRST,
    ).slice(0, limit);
    // Only the hits shown are checked word by word: the rest are never answered.
    for (const hit of spread) {
      const d = this.docs[this.docNo.get(hit.code)!];
      hit.slotConflict = !hit.phraseMatch && hasSlotConflict(query.content, d.nameTokens, spokenFor);
    }
    return { query, hits: spread };
  }

  /** One candidate's final score: its BM25F times how well the message and its name fit. */
  private rerank(
    d: IndexedDoc,
    bm25: number,
    prior: number,
    asked: Set<number>,
    askedActions: Set<number>[],
    implied: Set<number>,
    queryWordCount: number,
  ): SearchHit {
    let nameCoverage = 0;
    for (const head of d.nameBigrams) {
      if (head.length) nameCoverage = Math.max(nameCoverage, this.marks.count(head) / head.length);
    }
    // A way citizens ask for it, stated whole, says as much as the name: its cases are asked too.
    let phraseCoverage = 0;
    let cases = NO_CASES;
    d.phraseBigrams.forEach((pairs, i) => {
      if (pairs.length === 0) return;
      const covered = this.marks.count(pairs) / pairs.length;
      phraseCoverage = Math.max(phraseCoverage, covered);
      if (covered === 1) cases = cases.size ? new Set([...cases, ...d.phraseCases[i]]) : d.phraseCases[i];
    });
    const phraseMatch = phraseCoverage === 1;
    // A phrase stated in part ranks like a name stated in part, but only a whole one is evidence
    // enough to answer: "bằng xe máy" in a question about a fine is not "thi bằng lái xe máy".
    const rankCoverage = Math.max(nameCoverage, phraseCoverage);
    if (phraseMatch) nameCoverage = 1;
    // The name's words and those of the one phrase that shares most with the message: words spread
    // over several phrases ("đỏ" in one, "phạt" in another) are no way a citizen asks for it.
    let phraseWords = 0;
    for (const words of d.phraseWords) phraseWords = Math.max(phraseWords, this.marks.count(words));
    const queryCoverage = queryWordCount
      ? Math.min(1, (this.marks.count(d.nameWords) + phraseWords) / queryWordCount)
      : 0;
    let lead = phraseMatch ? 1 : 0;
    for (const pairs of d.leadBigrams) {
      if (pairs.length) lead = Math.max(lead, this.marks.count(pairs) / pairs.length);
    }
    // A case the citizen asks for ("gia hạn") that the name never mentions: a near miss at best,
    // ranked below a sibling that states it and never answered. Where the catalog files that
    // action under another case ("cấp lại" a certificate that has no "gia hạn"), the name stating
    // that stand-in ranks as if it were asked, though it is still never answered.
    let missingCases = 0;
    const standIns = new Set<number>();
    for (const c of askedActions) {
      if (someIn(c, d.modifiers.mentioned) || someIn(c, cases)) continue;
      missingCases++;
      for (const m of c)
        for (const s of this.synonyms.standInsFor(m)) if (d.modifiers.mentioned.has(s)) standIns.add(s);
    }
    let unaskedCases = 0;
    for (const m of d.modifiers.restricting) {
      if (phraseMatch || asked.has(m) || standIns.has(m) || someIn(this.synonyms.casesInside(m), asked))
        continue;
      unaskedCases++;
    }
    let unasked = unaskedCases + (missingCases && standIns.size === 0 ? 1 : 0);
    // Of actions listed as alternatives, one asked (or a plain one listed) fits the citizen.
    const { alternatives, plainAlternative } = d.modifiers;
    if (alternatives.size && !plainAlternative && !phraseMatch && !someIn(alternatives, asked)) unasked++;
    // A name without the case the citizen's words imply ("mất" → "cấp lại") is a sibling at best.
    if (implied.size && !someIn(implied, d.modifiers.mentioned) && !someIn(implied, cases)) unasked++;
    const penalty = MODIFIER_PENALTY ** Math.min(unasked, 3);
    const score =
      bm25 *
      (1 - COVERAGE_WEIGHT + COVERAGE_WEIGHT * rankCoverage) *
      (1 - QUERY_COVERAGE_WEIGHT + QUERY_COVERAGE_WEIGHT * queryCoverage) *
      (1 - LEAD_WEIGHT + LEAD_WEIGHT * lead) *
      prior *
      penalty;
    return {
      code: d.doc.code,
      score,
      nameCoverage,
      queryCoverage,
      missingCases,
      unaskedCases,
      slotConflict: false,
      phraseMatch,
    };
  }

  /**
   * The message's words for coverage; the catalog wording of a colloquial phrase counts as the
   * citizen's words too ("lấy vợ" → "kết hôn"). Typed with accents, a word must match with its
   * accents: folded, "tố cáo" would be found in "tổ chức … báo cáo".
   */
  private coverageWords(query: AnalyzedQuery): string[] {
    const words: string[] = [];
    for (const tokens of [query.content, ...query.expansions]) {
      for (const t of tokens) {
        if (!t.folded || isStopword(t)) continue;
        words.push(query.accented && t.hasDiacritics ? `a:${t.accented}` : `f:${t.folded}`);
      }
    }
    return words;
  }

  private queryTerms(query: AnalyzedQuery, colloquial: Set<Token>): WeightedTerm[] {
    const terms: WeightedTerm[] = [];
    const add = (list: string[], boost: number) => list.forEach((term) => terms.push({ term, boost }));
    // Words of a colloquial phrase ("đổi tên cho con") count less than the catalog wording it
    // stands for ("thay đổi, cải chính … thông tin hộ tịch"), which counts like the citizen's own.
    const plain = query.content.filter((t) => !colloquial.has(t));
    add(unigrams(plain), 1);
    add(unigrams(query.colloquial), COLLOQUIAL_BOOST);
    add(bigrams(query.content), query.colloquial.length ? 1.5 * COLLOQUIAL_BOOST : 1.5);
    if (query.accented) add(accentedUnigrams(plain), 0.5);
    for (const phrase of query.expansions) {
      add(unigrams(phrase), 0.8);
      add(bigrams(phrase), 1.2);
      add(accentedUnigrams(phrase), 0.4);
    }
    return terms;
  }

  /** A catalog text that uses a colloquial variant also gets the catalog's wording. */
  private withSynonyms(tokens: Token[]): Token[] {
    const extra = this.synonyms.groupsIn(tokens).flatMap((g) => [SEPARATOR, ...g.canonical]);
    return extra.length ? [...tokens, ...extra] : tokens;
  }
}

const NO_CASES = new Set<number>();

/** A text's words, folded and accented, each once. */
function wordsOf(tokens: Token[]): Set<string> {
  return new Set([...unigrams(tokens), ...accentedUnigrams(tokens)]);
}

/**
 * What staff's phrases add to the index: only the terms the name lacks. The phrases of "Cấp đổi thẻ
 * căn cước" all repeat "căn cước"; counted again, those words would make it outrank "Cấp thẻ căn
 * cước" for a citizen who says only "cấp CCCD". What they add ("hết hạn", "gãy") is what tells.
 */
function phraseTerms(phrases: Token[][], nameTerms: string[]): string[] {
  if (phrases.length === 0) return [];
  const own = new Set(nameTerms);
  return phrases.flatMap((p) => fieldTerms(p)).filter((t) => !own.has(t));
}

/**
 * Staff's phrases for a procedure, by family: the same procedure at another level ("… (thực hiện
 * tại cấp tỉnh)") is asked for in the same words. Codes not in the catalog are left out.
 */
function phrasesByFamily(documents: SearchDocument[], synonyms: Synonyms): Map<string, Token[][]> {
  const byFamily = new Map<string, Token[][]>();
  for (const doc of documents) {
    const phrases = synonyms.procedurePhrases.get(doc.code);
    if (!phrases) continue;
    const key = familyKey(doc.name);
    byFamily.set(key, [...(byFamily.get(key) ?? []), ...phrases]);
  }
  return byFamily;
}

/** The first word pairs of a name, past the "thủ tục" some names open with. */
function leadOf(pairs: string[]): string[] {
  const start = pairs[0] === 'b:thu_tuc' ? 1 : 0;
  return pairs.slice(start, start + LEAD_PAIRS);
}

function someIn(items: Set<number>, set: Set<number>): boolean {
  for (const item of items) if (set.has(item)) return true;
  return false;
}
