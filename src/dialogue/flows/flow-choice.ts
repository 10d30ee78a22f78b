import type { Token } from '../../nlu/vietnamese-text.util';
import type { ReplyButton } from '../dialogue.types';
import { answerTokens, isStopword, normalizeTokens } from './flow-text.util';

/** Typed words that say yes/no, and the label openings of the buttons they stand for. */
const YES = [
  'có',
  'ừ',
  'ừm',
  'uh',
  'ok',
  'vâng',
  'dạ',
  'đúng',
  'đồng ý',
  'được',
  'yes',
  'chắc chắn',
  'gửi đi',
];
const NO = ['không', 'no', 'không đồng ý', 'không có'];
const YES_LABEL_STARTS = ['có', 'đồng ý', 'gửi', 'xác nhận', 'đúng', 'vâng'];
const NO_LABEL_STARTS = ['không'];

const foldAll = (tokens: Token[]): string[] => tokens.map((t) => t.folded);
const phrases = (list: string[]): string[][] => list.map((p) => foldAll(normalizeTokens(p)));
const YES_WORDS = phrases(YES);
const NO_WORDS = phrases(NO);
const YES_STARTS = phrases(YES_LABEL_STARTS);
const NO_STARTS = phrases(NO_LABEL_STARTS);
const ORDINAL_FILLER = new Set(['so', 'chon', 'muc', 'cau', 'phuong', 'an', 'lua', 'thu']);

function indexOfPhrase(haystack: string[], needle: string[]): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

const same = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
const startsWith = (a: string[], b: string[]): boolean => indexOfPhrase(a.slice(0, b.length), b) === 0;
const unique = (list: ReplyButton[]): ReplyButton | null => (list.length === 1 ? list[0] : null);

/**
 * The button a typed answer picks: its number ("2", "số 2", "chọn 2 nhé"), its label or choice value
 * ("gửi", "sửa nội dung"), or a plain yes/no for a yes/no question. Null when it is not clear —
 * better to ask again than to file a complaint the citizen did not mean to send.
 */
export function resolveChoice(buttons: ReplyButton[], text: string): ReplyButton | null {
  const typed = answerTokens(text);
  if (typed.length === 0) return null;
  const words = foldAll(typed);

  const numbers = words.filter((w) => !ORDINAL_FILLER.has(w));
  if (numbers.length === 1 && /^\d{1,2}$/.test(numbers[0])) return buttons[Number(numbers[0]) - 1] ?? null;

  const options = buttons.map((button) => {
    const label = normalizeTokens(button.label);
    const value = button.payload.startsWith('choice:') ? button.payload.slice(7).split('-') : [];
    return { button, label: foldAll(label), content: foldAll(label.filter((t) => !isStopword(t))), value };
  });
  const exact = options.filter((o) => same(o.label, words) || same(o.value, words));
  if (exact.length) return unique(exact.map((o) => o.button));

  const typedContent = foldAll(typed.filter((t) => !isStopword(t)));
  const partial = options.filter(
    (o) =>
      (typedContent.length > 0 && indexOfPhrase(o.label, typedContent) >= 0) ||
      (o.content.length > 0 && indexOfPhrase(words, o.content) >= 0),
  );
  if (partial.length) return unique(partial.map((o) => o.button));

  const pick = (said: string[][], starts: string[][]): ReplyButton | null =>
    said.some((p) => same(p, words))
      ? unique(options.filter((o) => starts.some((s) => startsWith(o.label, s))).map((o) => o.button))
      : null;
  return pick(YES_WORDS, YES_STARTS) ?? pick(NO_WORDS, NO_STARTS);
}
