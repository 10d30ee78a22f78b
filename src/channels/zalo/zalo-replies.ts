import type { Reply } from '../../dialogue/dialogue.types';
import { splitMessage } from '../../dialogue/message-split.util';
import { MAX_BUTTONS, type ZaloOaClient } from './zalo-oa.client';

/** Zalo's text messages hold about 2,000 characters. */
const MESSAGE_LIMIT = 2000;
/** A tapped oa.query.hide button comes back as a text message; this marks it as a payload. */
export const PAYLOAD_PREFIX = '#nut:';

/** Sends the engine's replies as CS messages: text, and buttons (≤ 5) under the last part. */
export async function sendZaloReplies(client: ZaloOaClient, userId: string, replies: Reply[]): Promise<void> {
  for (const reply of replies) {
    const shown = reply.buttons.slice(0, MAX_BUTTONS);
    // More choices than Zalo shows as buttons become a numbered list the citizen can answer.
    const extra = reply.buttons.slice(MAX_BUTTONS).map((b, i) => `${MAX_BUTTONS + i + 1}. ${b.label}`);
    const text = extra.length ? `${reply.text}\n${extra.join('\n')}` : reply.text;
    const parts = splitMessage(text, MESSAGE_LIMIT);
    for (const [i, part] of parts.entries()) {
      const last = i === parts.length - 1;
      if (last && shown.length) {
        await client.sendButtons(
          userId,
          part,
          shown.map((b) => ({ title: b.label, payload: PAYLOAD_PREFIX + b.payload })),
        );
      } else {
        await client.sendText(userId, part);
      }
    }
  }
}
