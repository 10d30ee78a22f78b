import { foldDiacritics } from '../text-fold.util';

/**
 * Closed word classes the examples cannot teach one spelling at a time: swearing has endless
 * variants ("vcl", "vkl", "đ** m*") and keyboard mashing has no vocabulary. Each class becomes one
 * extra feature, so what the classifier learns from a few examples carries over to the rest.
 * Upper-case names cannot collide with a tokenizer's folded words.
 */
export const PROFANITY = 'PROFANITY';
export const GIBBERISH = 'GIBBERISH';

/**
 * Matched on the accented text: folded, "lồn" would be "lon" (lớn, big), "cặc" would be "cac" (các)
 * and "đéo" would be "deo" (đeo, to wear).
 */
const ACCENTED = [
  'địt',
  'đụ',
  'lồn',
  'cặc',
  'đéo',
  'đĩ',
  'óc chó',
  'mẹ mày',
  'má mày',
  'mả mẹ',
  'chó chết',
  'súc vật',
  'khốn nạn',
  'câm mồm',
  'im mồm',
  'thằng ngu',
  'con ngu',
  'đồ ngu',
  'ngu như',
  'vãi',
];

/** Teencode that means nothing else in a chat with a public service, matched folded. */
const FOLDED = [
  'dm',
  'dmm',
  'dcm',
  'dkm',
  'dmvl',
  'vcl',
  'vkl',
  'vl',
  'vcc',
  'clgt',
  'dit me',
  'du ma',
  'oc cho',
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordList = (words: string[]): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u');

const ACCENTED_RE = wordList(ACCENTED);
const FOLDED_RE = wordList(FOLDED);
/**
 * A short word with asterisks where letters were: "đ** m*", "d*t". Citizens mask swearing this way;
 * longer starred words are emphasis ("*bắt buộc*").
 */
const STARRED = /(?<!\p{L})\p{L}{1,2}\*+\p{L}{0,2}(?![\p{L}*])/u;
/** A letter or a pair of letters repeated: "aaaaaa", "kkkkkk", "hahahaha". */
const REPEATED = /(\p{L}{1,2})\1{3,}/u;
/** Six letters or more without a vowel: keyboard mashing ("sdfghjk"), never a Vietnamese syllable. */
const NO_VOWEL = /(?<!\p{L})[b-df-hj-np-tv-xz]{6,}(?!\p{L})/u;
/** A run along a keyboard row. */
const KEYBOARD = /asdf|qwer|zxcv|sdfg|hjkl|uiop/;

/** The marker features of a text (possibly none). */
export function markerFeatures(text: string): string[] {
  const lower = text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
  const folded = foldDiacritics(lower);
  const markers: string[] = [];
  if (
    ACCENTED_RE.test(lower) ||
    FOLDED_RE.test(folded.replace(/[^\p{L}\p{N}]+/gu, ' ')) ||
    STARRED.test(lower)
  ) {
    markers.push(PROFANITY);
  }
  if (REPEATED.test(folded) || NO_VOWEL.test(folded) || KEYBOARD.test(folded)) markers.push(GIBBERISH);
  return markers;
}
