/**
 * Text hygiene shared by every catalog field parser.
 *
 * The national portal export mixes NFC and decomposed (NFD) Vietnamese, non-breaking and
 * zero-width spaces, tabs and doubled spaces, and uses the literal "Không có thông tin"
 * ("no information") as an empty marker. Everything downstream (search, matching, display)
 * assumes clean NFC text, so every parser normalises through here first.
 */

/** The portal's literal "no information" marker. */
export const NO_INFO = 'Không có thông tin';
const NO_INFO_LOWER = NO_INFO.toLowerCase();

/** Where the scraped result cell turns into the portal's "choose an agency / submit" widget. */
const PORTAL_WIDGET_MARKER = 'Chọn cơ quan thực hiện';

// Characters that render as (or should behave as) a plain space.
const SPACE_LIKE = /[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\t\f\v]/g;
// Invisible characters that only break matching (zero-width space/joiners, BOM, soft hyphen).
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
// Private-use glyphs (Wingdings bullets pasted from Word, e.g. U+F0FC) carry no text.
const PRIVATE_USE = /[\ue000-\uf8ff]/g;
// Any character one of the replacements above would touch.
const SPECIAL =
  /[\r\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\t\f\v\ufeff\u00ad\ue000-\uf8ff]/;
// Decomposed Vietnamese carries combining diacritics (U+0300–U+036F); NFC text has none.
const COMBINING_MARK = /[\u0300-\u036f]/;

/**
 * NFC + unified spaces + unified line breaks, but no collapsing: parsers that rely on exact
 * glued boundaries (labels, quantities, numbers) work on this form.
 */
export function normalizeText(input: string): string {
  // Fast paths: parsers call this on many small slices of text that is usually clean already,
  // and a test is much cheaper than four replacing passes.
  let s = COMBINING_MARK.test(input) ? input.normalize('NFC') : input;
  if (!SPECIAL.test(s)) return s;
  s = s.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(PRIVATE_USE, ' ').replace(SPACE_LIKE, ' ');
  return s;
}

/** Collapses all whitespace (line breaks included) into single spaces. */
export function collapseInline(input: string): string {
  return collapseSpaces(normalizeText(input));
}

/**
 * collapseInline for text that already went through normalizeText: parsers normalise a field
 * once and then clean many slices of it, and re-normalising every slice dominated parse time.
 */
export function collapseSpaces(normalized: string): string {
  // Most slices have single spaces only; skip the replacing pass for them.
  return (/ {2}|\n/.test(normalized) ? normalized.replace(/\s+/g, ' ') : normalized).trim();
}

/**
 * Keeps line structure (steps and descriptions are written as lists) but trims every line,
 * collapses inner space runs and allows at most one blank line in a row.
 */
export function collapseMultiline(input: string): string {
  return collapseLines(normalizeText(input));
}

/** collapseMultiline for text that already went through normalizeText. */
export function collapseLines(normalized: string): string {
  return normalized
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** True when the text is empty or only says "no information". */
export function isNoInfo(text: string | null | undefined): boolean {
  if (text == null) return true;
  const trimmed = text.trim();
  // Cheap exit for real content: this is called on multi-kilobyte step texts.
  if (trimmed.length > NO_INFO.length + 24) return false;
  const t = collapseInline(trimmed).replace(/[.:;\s-]+$/g, '');
  // Plain lower-casing instead of Intl collation: this runs for every field of every record.
  return t === '' || t.toLowerCase() === NO_INFO_LOWER;
}

/** One-line cleaned value, or null for missing / empty / "no information" values. */
export function cleanInline(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const t = collapseInline(value);
  return isNoInfo(t) ? null : t;
}

/** cleanMultiline for a slice of text that already went through normalizeText. */
export function cleanNormalizedLines(normalized: string): string | null {
  const t = collapseLines(normalized);
  return isNoInfo(t) ? null : t;
}

/** Multi-line cleaned value, or null for missing / empty / "no information" values. */
export function cleanMultiline(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const t = collapseMultiline(value);
  return isNoInfo(t) ? null : t;
}

/** Drops the agency picker / "Nộp hồ sơ" button text the scraper captured after a result. */
export function stripPortalWidget(text: string): string {
  const at = text.indexOf(PORTAL_WIDGET_MARKER);
  return at >= 0 ? text.slice(0, at) : text;
}

/** Splits a comma list ("Cấp bộ, Cấp tỉnh") into trimmed, non-empty, de-duplicated parts. */
export function splitCommaList(value: unknown): string[] {
  const t = cleanInline(value);
  if (t === null) return [];
  const seen = new Set<string>();
  for (const part of t.split(/\s*[,;]\s*/)) {
    const p = part.trim();
    if (p !== '' && !isNoInfo(p)) seen.add(p);
  }
  return [...seen];
}

/** Removes list bullets the portal keeps at the start of cells ("- ", "+ ", "* ", "• "). */
export function stripBullet(text: string): string {
  return text.replace(/^(?:[-+*•·–—]+\s*)+/, '').trim();
}

/**
 * Lower-cased syllables (letters only), for fuzzy comparisons. Digits and punctuation are
 * dropped because document numbers and dates say nothing about what a procedure is about.
 */
export function syllables(text: string): string[] {
  return (
    normalizeText(text)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? []
  );
}

/** True for a letter of any script (cheaper than a Unicode regex on a single character). */
export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch.toLowerCase() !== ch.toUpperCase();
}

/**
 * Whole-word search in an already lower-cased text. Uses indexOf instead of tokenising the
 * text, because the texts searched (steps, documents) are the largest fields of the catalog.
 */
export function containsWord(haystackLower: string, word: string): boolean {
  let at = haystackLower.indexOf(word);
  while (at >= 0) {
    if (!isLetter(haystackLower[at - 1]) && !isLetter(haystackLower[at + word.length])) return true;
    at = haystackLower.indexOf(word, at + 1);
  }
  return false;
}
