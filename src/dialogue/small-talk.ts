import type { Understanding } from '../nlu/nlu-engine';
import type { Intent } from '../nlu/nlu.types';
import { toMatchForm } from '../nlu/text-fold.util';

/** Replies to messages that are not about a procedure: one template each, calm and short. */
export const SMALL_TALK_TEMPLATE: Partial<Record<Intent, string>> = {
  greeting: 'greeting',
  thanks: 'thanks',
  goodbye: 'goodbye',
  out_of_scope: 'out-of-scope',
  abuse: 'abuse',
  rating: 'rating-thanks',
};

const HELP = /^(\/?help|\/?start|tro giup|giup do|huong dan su dung|ban lam duoc gi|ban giup duoc gi|menu)$/;
const CANCEL = /^(\/?huy|huy bo|thoi|dung lai|cancel|stop)$/;

/** "hủy theo dõi", "ngừng nhận thông báo", "/huy <mã hồ sơ>" (the Telegram command with a code). */
const UNFOLLOW = /^\/?(huy|ngung|dung|thoi|bo)( nhan)? (theo doi|thong bao|dang ky( nhan)? thong bao)\b/;

export function isUnfollowRequest(text: string): boolean {
  return UNFOLLOW.test(toMatchForm(text));
}

export function isHelpRequest(text: string): boolean {
  return HELP.test(toMatchForm(text));
}

export function isCancel(text: string): boolean {
  return CANCEL.test(toMatchForm(text));
}

/** No letter or digit at all (emoji, punctuation, control characters). */
export function hasNoWords(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}

/** Below this, "abuse" is more likely keyboard mashing than an insult: do not accuse the citizen. */
const SURE_ABUSE = 0.6;

/** Words the assistant cannot read at all, or mashing it would be unfair to call abuse. */
export function looksLikeGibberish(u: Understanding): boolean {
  if (u.procedures.length > 0) return false;
  return (
    u.intent.source === 'rule:unknown_words' ||
    (u.finalIntent === 'abuse' && u.intent.confidence < SURE_ABUSE)
  );
}
