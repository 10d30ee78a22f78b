import type { Tokenizer } from '../nlu.types';
import { toMatchForm } from '../text-fold.util';

/**
 * Numbers carry no intent by their value ("5 sao", "hồ sơ nộp 2 tuần", "0912…"), only by being a
 * number; upper case cannot collide with a folded word.
 */
const NUMBER = 'NUM';

/**
 * The default features: folded syllables and syllable pairs. Vietnamese words are mostly two
 * syllables ("hồ sơ", "hài lòng"), so pairs carry the meaning single syllables lack; folding makes
 * "hài lòng" and "hai long" one feature, as citizens type either.
 */
export const defaultIntentTokenizer: Tokenizer = (text) => {
  const words = toMatchForm(text)
    // Drawn-out words ("chàoooo", "okkkk", "ơiiii") mean the same as the plain ones.
    .replace(/(\p{L})\1{2,}/gu, '$1')
    .split(' ')
    .filter(Boolean)
    .map((w) => (/^\d+$/.test(w) ? NUMBER : w));
  return [...words, ...words.slice(1).map((w, i) => `${words[i]}_${w}`)];
};
