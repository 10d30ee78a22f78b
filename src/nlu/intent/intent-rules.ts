import { INTENTS, type Intent, type IntentPrediction } from '../nlu.types';
import { toMatchForm } from '../text-fold.util';

/**
 * A prediction decided by a rule: the chosen intent gets `confidence`, the rest is spread evenly so
 * that the scores still sum to 1 and stay comparable with the classifier's.
 */
export function rulePrediction(intent: Intent, confidence: number, rule: string): IntentPrediction {
  const rest = (1 - confidence) / (INTENTS.length - 1);
  const scores = Object.fromEntries(INTENTS.map((i) => [i, i === intent ? confidence : rest])) as Record<
    Intent,
    number
  >;
  return { intent, confidence, source: `rule:${rule}`, scores };
}

/** Emoji whose meaning in a chat with a public service is clear enough to act on. */
const THANKS_EMOJI =
  /^(?:[\u{1F44D}\u{1F44C}\u{1F64F}\u{2764}\u{1F970}\u{1F60A}\u{1F497}\u{1F496}\u{1F49E}]|\u{FE0F}|\p{Emoji_Modifier}|\s)+$/u;
const ANGRY_EMOJI = /^(?:[\u{1F621}\u{1F92C}\u{1F595}\u{1F47F}]|\u{FE0F}|\p{Emoji_Modifier}|\s)+$/u;

/** How sure we are of a message with no words at all: low, so the dialogue asks what is needed. */
const NO_WORDS_CONFIDENCE = 0.3;
const EMOJI_CONFIDENCE = 0.5;

/**
 * Messages without a single letter or digit (empty, only emoji, punctuation or control characters):
 * no classifier can read them, so a rule answers. Returns null when the message has words.
 */
export function noWordsRule(text: string): IntentPrediction | null {
  if (toMatchForm(text) !== '') return null;
  const trimmed = text.trim();
  if (trimmed !== '' && THANKS_EMOJI.test(trimmed))
    return rulePrediction('thanks', EMOJI_CONFIDENCE, 'emoji');
  if (trimmed !== '' && ANGRY_EMOJI.test(trimmed)) return rulePrediction('abuse', EMOJI_CONFIDENCE, 'emoji');
  return rulePrediction('out_of_scope', NO_WORDS_CONFIDENCE, 'no_words');
}
