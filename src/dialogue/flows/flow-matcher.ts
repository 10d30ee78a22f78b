import { matchWords, type MatchWord } from './flow-text.util';
import type { FlowCatalog, FlowMatch } from './flow.types';

/** Below this, a message is left to the procedure search (tuned on the specs and real questions). */
export const DEFAULT_MIN_SCORE = 0.7;
/** Filler words in a trigger count a little when they line up, so "mấy giờ mở cửa" beats "mở cửa". */
const STOPWORD_WEIGHT = 0.25;
/** Of a trigger with more than three content words, the weighted share that must be found. */
const LONG_TRIGGER_COVERAGE = 0.75;
/** A message this long is a story (a complaint, a case), not a quick question for an FAQ. */
const MAX_CONTENT_WORDS = 40;

interface Trigger {
  kind: 'faq' | 'flow';
  id: string;
  text: string;
  words: string[];
  content: boolean[];
  /** Per word: rarer words across entries weigh more ("vneid" tells more than "hồ sơ"). */
  weights: number[];
  contentCount: number;
  contentWeight: number;
  weight: number;
  /** Share of the content weight that must be found: all of a short trigger, most of a long one. */
  needed: number;
}

/**
 * Finds the FAQ entry or flow a message asks for. Triggers are compared on folded words (so with or
 * without diacritics, NFD, i/y, chat shorthand), in order but with gaps allowed, so extra words
 * ("cho mình hỏi … với ạ") do not matter. The score rewards finding the whole trigger and explaining
 * most of the message, so a procedure question that merely shares a word stays with the search.
 */
export class FlowMatcher {
  private readonly triggers: Trigger[] = [];
  /** Triggers by each of their content words (all words when a trigger has none): the candidates. */
  private readonly byWord = new Map<string, number[]>();
  private readonly vocabulary = new Set<string>();

  constructor(
    catalog: FlowCatalog,
    private readonly minScore = DEFAULT_MIN_SCORE,
  ) {
    const entries = [...catalog.faqs.values(), ...catalog.flows.values()];
    // Document frequency over entries, not triggers: an entry repeating a word is not more generic.
    const df = new Map<string, number>();
    for (const entry of entries) {
      const seen = new Set(entry.triggers.flatMap((t) => matchWords(t).map((w) => w.folded)));
      for (const w of seen) df.set(w, (df.get(w) ?? 0) + 1);
    }
    const idf = (w: string): number => 1 + Math.log(entries.length / (df.get(w) ?? 1));
    for (const entry of entries) {
      for (const text of entry.triggers) this.add(entry.kind, entry.id, text, idf);
    }
  }

  match(text: string): FlowMatch | null {
    const words = matchWords(text, this.vocabulary);
    if (words.filter((w) => w.content).length > MAX_CONTENT_WORDS) return null;
    const candidates = new Set<number>();
    for (const w of words) for (const i of this.byWord.get(w.folded) ?? []) candidates.add(i);

    let best: { trigger: Trigger; score: number; found: number } | null = null;
    for (const i of candidates) {
      const trigger = this.triggers[i];
      const result = score(trigger, words);
      if (!result || result.score < this.minScore) continue;
      const better =
        !best ||
        result.score > best.score + 1e-9 ||
        (Math.abs(result.score - best.score) <= 1e-9 && result.found > best.found);
      if (better) best = { trigger, ...result };
    }
    if (!best) return null;
    const { kind, id, text: trigger } = best.trigger;
    return { kind, id, score: Math.round(best.score * 1000) / 1000, trigger };
  }

  private add(kind: 'faq' | 'flow', id: string, text: string, idf: (word: string) => number): void {
    const words = matchWords(text);
    if (words.length === 0) return;
    const content = words.map((w) => w.content);
    const weights = words.map((w) => (w.content ? idf(w.folded) : STOPWORD_WEIGHT));
    const contentCount = content.filter(Boolean).length;
    const contentWeight = sum(weights.filter((_, i) => content[i]));
    const index = this.triggers.push({
      kind,
      id,
      text,
      words: words.map((w) => w.folded),
      content,
      weights,
      contentCount,
      contentWeight,
      weight: sum(weights),
      needed: contentCount <= 3 ? 1 : LONG_TRIGGER_COVERAGE,
    });
    for (const w of words) {
      this.vocabulary.add(w.folded);
      if (contentCount > 0 && !w.content) continue;
      const list = this.byWord.get(w.folded) ?? [];
      if (list[list.length - 1] !== index - 1) list.push(index - 1);
      this.byWord.set(w.folded, list);
    }
  }
}

/**
 * Weighted longest common subsequence of the trigger in the message, then:
 * score = coverage × (0.35 + 0.65 × share of the message's content words explained) × (0.9 + 0.1 × tightness).
 * Unexplained words weigh heavily: "nộp hồ sơ đăng ký kết hôn online" is about a procedure, not the FAQ.
 */
function score(t: Trigger, message: MatchWord[]): { score: number; found: number } | null {
  const n = t.words.length;
  const m = message.length;
  const w = (i: number): number => t.weights[i];
  const dp = new Float64Array((n + 1) * (m + 1));
  const at = (i: number, j: number): number => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const skip = Math.max(dp[at(i + 1, j)], dp[at(i, j + 1)]);
      dp[at(i, j)] = t.words[i] === message[j].folded ? Math.max(skip, w(i) + dp[at(i + 1, j + 1)]) : skip;
    }
  }
  // Walk the table forwards to recover which message words were used.
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m;) {
    if (t.words[i] === message[j].folded && dp[at(i, j)] === w(i) + dp[at(i + 1, j + 1)]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (dp[at(i + 1, j)] >= dp[at(i, j + 1)]) i++;
    else j++;
  }
  if (pairs.length === 0) return null;
  const found = pairs.filter(([i]) => t.content[i]).length;
  const foundWeight = sum(pairs.filter(([i]) => t.content[i]).map(([i]) => w(i)));
  const span = pairs[pairs.length - 1][1] - pairs[0][1] + 1;
  // Rounding guard: "all of it" must not fail on the last bit of a floating-point sum.
  if (
    t.contentCount === 0 ? pairs.length < n || span !== n : foundWeight < t.needed * t.contentWeight - 1e-9
  ) {
    return null;
  }

  const coverage = dp[0] / t.weight;
  const messageContent = message.filter((x) => x.content).length;
  const explained = messageContent ? pairs.filter(([, j]) => message[j].content).length / messageContent : 1;
  const tightness = pairs.length / span;
  return { score: coverage * (0.35 + 0.65 * explained) * (0.9 + 0.1 * tightness), found };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
