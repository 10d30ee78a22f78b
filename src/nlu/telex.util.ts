import { isSyllable } from './syllable.util';
import { foldDiacritics } from './text-fold.util';

/**
 * Decodes one token typed with Telex ("dangw", "kys", "ddaats") or VNI ("d9a8ng", "ky1") keys
 * left in by a keyboard that was not in Vietnamese mode. Returns null when the token does not
 * decode to a well-formed syllable, so ordinary words and abbreviations pass through untouched.
 */
const TONES: Record<string, number> = {
  s: 1,
  f: 2,
  r: 3,
  x: 4,
  j: 5,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
};
const TONE_MARKS = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
const HATS: Record<string, string> = { a: 'â', e: 'ê', o: 'ô' };
const HORNS: Record<string, string> = { o: 'ơ', u: 'ư' };
const VOWELS = 'aăâeêioôơuưy';
/**
 * Foreign words citizens type as they are ("cửa hàng gas", "đi taxi", "xin visa") that would
 * otherwise decode to a real syllable ("gá", "tãi", "vía").
 */
const LOANWORDS = new Set(['gas', 'taxi', 'visa', 'bar', 'pass', 'bus', 'tax', 'car', 'box', 'sex', 'mix']);

/** A foreign word typed as it is: neither a Telex leftover nor a typo of a Vietnamese syllable. */
export function isLoanword(folded: string): boolean {
  return LOANWORDS.has(folded);
}

export function decodeTelex(token: string): string | null {
  if (!/^[a-z0-9]+$/.test(token) || !/[a-z]/.test(token) || /^\d/.test(token)) return null;
  if (LOANWORDS.has(token)) return null;
  let tone = 0;
  let letters = '';
  for (const ch of token) {
    if (TONES[ch] !== undefined && letters !== '' && /[aeiouy]/.test(foldDiacritics(letters))) {
      tone = TONES[ch];
    } else if (ch === 'w' || ch === '7' || ch === '8') {
      letters = addHornOrBreve(letters, ch);
    } else if (ch === '6') {
      letters = letters.replace(/([aeo])(?!.*[aeo])/, (v) => HATS[v]);
    } else if (ch === '9' || (ch === 'd' && letters === 'd')) {
      letters = letters.replace(/^d/, 'đ');
    } else if (HATS[ch] && letters.endsWith(ch) && !letters.endsWith(ch + ch)) {
      letters = letters.slice(0, -1) + HATS[ch];
    } else if (/[a-z]/.test(ch)) {
      letters += ch;
    } else {
      return null;
    }
  }
  if (letters === token || !isSyllable(foldDiacritics(letters))) return null;
  return placeTone(letters, tone).normalize('NFC');
}

/** "w" makes ư/ơ/ă of the last vowel group ("uow" → "ươ", "aw" → "ă"). */
function addHornOrBreve(letters: string, key: string): string {
  if (key !== '7' && /uo$|uo[a-z]+$/.test(letters)) return letters.replace(/uo(?=[a-z]*$)/, 'ươ');
  if (key !== '8' && /[ou](?=[^aeiouy]*$)/.test(letters) && !/a(?=[^aeiouy]*$)/.test(letters)) {
    return letters.replace(/[ou](?=[^aeiouy]*$)/, (v) => HORNS[v]);
  }
  if (key !== '7' && /a(?=[^aeiouy]*$)/.test(letters)) return letters.replace(/a(?=[^aeiouy]*$)/, 'ă');
  if (key === 'w' && letters === '') return 'ư';
  return letters;
}

/** Puts the tone on the main vowel: a marked vowel first, else the usual position in the rhyme. */
function placeTone(letters: string, tone: number): string {
  if (tone === 0) return letters;
  const chars = [...letters];
  const vowelIdx = chars.map((c, i) => (VOWELS.includes(c) ? i : -1)).filter((i) => i >= 0);
  if (vowelIdx.length === 0) return letters;
  const marked = vowelIdx.filter((i) => 'ăâêôơư'.includes(chars[i]));
  let target: number;
  if (marked.length > 0) target = marked[marked.length - 1];
  else if (vowelIdx.length === 1) target = vowelIdx[0];
  else {
    const last = vowelIdx[vowelIdx.length - 1];
    const hasFinal = last < chars.length - 1;
    const startsWithQuGi = /^(qu|gi)/.test(letters) && vowelIdx[0] <= 2;
    const group = startsWithQuGi ? vowelIdx.slice(1) : vowelIdx;
    target = hasFinal || group.length === 1 ? group[group.length - 1] : group[group.length - 2];
    if (/o[ae]$|uy$/.test(letters)) target = last; // canonical placement: hoà, thuỷ
  }
  chars[target] = chars[target] + TONE_MARKS[tone];
  return chars.join('');
}
