import { foldDiacritics } from './text-fold.util';
import { canonicalTones } from './tone-placement.util';

/** Control characters and zero-width marks carry nothing a citizen meant to type. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202f\u2060\ufeff]/g;

/** "ký/kí", "lý/lí", "mỹ/mĩ": both spellings are correct; matching uses the i form. */
const I_Y = /^(b|c|ch|d|đ|g|h|k|kh|l|m|n|nh|p|ph|r|s|t|th|tr|v|x)([yýỳỷỹỵ])$/;
const Y_TO_I: Record<string, string> = { y: 'i', ý: 'í', ỳ: 'ì', ỷ: 'ỉ', ỹ: 'ĩ', ỵ: 'ị' };

/** One word in its canonical accented form (lower case, NFC, one tone placement, i for y). */
export function canonicalWord(word: string): string {
  const toned = canonicalTones(word);
  const m = toned.match(I_Y);
  return m ? m[1] + Y_TO_I[m[2]] : toned;
}

/** Lower-case NFC words of a text; punctuation, emoji and control characters are separators. */
export function words(text: string): string[] {
  // Composing is only needed when combining marks are present (NFD keyboards, some exports).
  const composed = /[\u0300-\u036f]/.test(text) ? text.normalize('NFC') : text;
  return composed
    .replace(INVISIBLE, ' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Brackets, quotes, line breaks and sentence marks end a thought, and so does a comma, a full stop
 * or a colon before a space; inside a word or a number ("tp.hcm", "1,5") they do not.
 */
const CLAUSE_BREAK = /[()[\]{}"“”…!?;\n\r]|[.,:](?=\s|$)/u;

/** A message's clauses, so that no phrase is read across two: "thô sơ (đồ gia bảo)" is not "sổ đỏ". */
export function clauses(text: string): string[] {
  return text.split(CLAUSE_BREAK);
}

/** A word (as {@link words} finds them) or a clause break. */
const WORD_OR_BREAK = new RegExp(`[\\p{L}\\p{N}]+|${CLAUSE_BREAK.source}`, 'gu');
const WORD_START = /^[\p{L}\p{N}]/u;

export interface Token {
  /** Canonical accented form; equal to `folded` when the citizen typed without diacritics. */
  accented: string;
  folded: string;
  /** True when the token carries Vietnamese diacritics (so its accented form is trustworthy). */
  hasDiacritics: boolean;
}

export function toToken(word: string): Token {
  // "02" and "2" are the same number ("mức độ 02" in the catalog, "mức 2" in a question).
  if (/^\d+$/.test(word)) {
    const n = word.replace(/^0+(?=\d)/, '');
    return { accented: n, folded: n, hasDiacritics: false };
  }
  const accented = canonicalWord(word);
  const folded = foldDiacritics(accented);
  return { accented, folded: canonicalWord(folded), hasDiacritics: folded !== accented };
}

/** Words repeat endlessly in the catalog: normalising each distinct word once saves most of the work. */
const tokenCache = new Map<string, Token>();
const TOKEN_CACHE_LIMIT = 100_000;

function cachedToken(word: string): Token {
  let token = tokenCache.get(word);
  if (!token) {
    token = toToken(word);
    if (tokenCache.size < TOKEN_CACHE_LIMIT) tokenCache.set(word, token);
  }
  return token;
}

/** Tokens of a text clause by clause, an empty token between two clauses (see {@link clauses}). */
export function tokenizeClauses(text: string): Token[] {
  // One pass over the whole text: catalog bodies are long, and splitting them first costs build time.
  const composed = /[\u0300-\u036f]/.test(text) ? text.normalize('NFC') : text;
  const tokens: Token[] = [];
  for (const [piece] of composed.toLowerCase().matchAll(WORD_OR_BREAK)) {
    if (WORD_START.test(piece)) tokens.push(cachedToken(piece));
    else if (tokens.length > 0 && tokens[tokens.length - 1] !== SEPARATOR) tokens.push(SEPARATOR);
  }
  if (tokens[tokens.length - 1] === SEPARATOR) tokens.pop();
  return tokens;
}

/** Keeps word pairs and phrases from forming across two clauses or two unrelated texts. */
export const SEPARATOR: Token = { accented: '', folded: '', hasDiacritics: false };

/** Tokens of a catalog text: the same normalisation as queries, so both sides meet. */
export function tokenize(text: string): Token[] {
  return words(text).map(cachedToken);
}
