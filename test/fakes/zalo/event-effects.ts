import { isObject } from './http-io';
import type { UserRegistry } from './user-registry';
import type { ZaloEvent } from './zalo-events.types';

const idOf = (value: unknown): string | undefined =>
  isObject(value) && typeof value.id === 'string' ? value.id : undefined;

/**
 * What an event changes on Zalo's side, applied when it is pushed: a user message opens a fresh
 * free-reply window, follow/unfollow flip the follower flag, a submitted form becomes shared_info.
 * It happens now, whatever the body's timestamp says (push() may fake a stale one).
 */
export function applyEvent(users: UserRegistry, event: ZaloEvent, at = Date.now()): void {
  const fields = event as unknown as Record<string, unknown>;
  const name = event.event_name;
  if (name.startsWith('user_send_')) {
    const userId = idOf(fields.sender);
    const msgId = isObject(fields.message) ? fields.message.msg_id : undefined;
    if (userId === undefined) return;
    users.userMessage(userId, at);
    if (typeof msgId === 'string') users.rememberMessage(msgId, userId);
  } else if (name === 'follow' || name === 'unfollow') {
    const userId = idOf(fields.follower);
    if (userId === undefined) return;
    users.setFollowing(userId, name === 'follow');
    if (name === 'follow') users.interaction(userId, at);
  } else if (name === 'user_submit_info') {
    const userId = idOf(fields.sender);
    if (userId === undefined || !isObject(fields.info)) return;
    const user = users.ensure(userId);
    user.sharedInfo = { ...fields.info };
    users.interaction(userId, at);
  } else if (name === 'user_click_chatnow' || name === 'user_reacted_message') {
    const userId = typeof fields.user_id === 'string' ? fields.user_id : idOf(fields.sender);
    if (userId !== undefined) users.interaction(userId, at);
  }
}
