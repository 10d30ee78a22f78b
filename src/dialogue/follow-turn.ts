import { Injectable } from '@nestjs/common';
import { DossierRepository } from '../dossier/dossier.repository';
import { FINAL, STATUS_LABEL } from '../dossier/dossier-status';
import { SubscriptionRepository } from '../notify/subscription.repository';
import type { InboundMessage, ReplyButton } from './dialogue.types';
import type { ConversationMemory } from './state/conversation-state.entity';
import type { Turn } from './turn.types';

export const FOLLOW_LABEL = 'Nhận thông báo khi có kết quả';

export const unfollowButton = (code: string): ReplyButton => ({
  label: `Ngừng nhận thông báo hồ sơ ${code}`,
  payload: `unfollow:${code}`,
});

/** Following a dossier from a chat, and stopping it (a button, "hủy theo dõi", /huy <mã>). */
@Injectable()
export class FollowTurnHandler {
  constructor(
    private readonly dossiers: DossierRepository,
    private readonly subscriptions: SubscriptionRepository,
  ) {}

  async follow(code: string, memory: ConversationMemory): Promise<Turn> {
    const dossier = await this.dossiers.findByCode(code);
    if (!dossier) {
      return { replies: [{ templateId: 'dossier-not-found', data: { code } }], memory };
    }
    return {
      replies: [
        {
          templateId: 'follow-confirmed',
          data: {
            code,
            statusLabel: STATUS_LABEL[dossier.status],
            finished: FINAL.includes(dossier.status),
          },
          buttons: [unfollowButton(code)],
          intent: 'dossier_status',
        },
      ],
      memory: { ...memory, dossierCode: code },
      effects: [{ type: 'follow', dossierCode: code }],
    };
  }

  /** Stops one dossier's notices, or every one this chat follows when no code is given. */
  async unfollow(message: InboundMessage, memory: ConversationMemory, code?: string): Promise<Turn> {
    const followed = await this.subscriptions.followed(message.channel, message.userId);
    const stopping = code ? followed.filter((c) => c === code) : followed;
    if (stopping.length === 0) {
      return { replies: [{ templateId: 'unfollow-none', data: { code } }], memory };
    }
    return {
      replies: [{ templateId: 'unfollow-done', data: { codes: stopping } }],
      memory,
      effects: [{ type: 'unfollow', dossierCode: code }],
    };
  }

  /** Buttons to stop each followed dossier, offered when the citizen cancels. */
  async unfollowButtons(message: InboundMessage): Promise<ReplyButton[]> {
    const followed = await this.subscriptions.followed(message.channel, message.userId);
    return followed.map(unfollowButton);
  }
}
