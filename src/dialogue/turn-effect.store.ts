import { PREVIEW_CHANNEL } from './dialogue.types';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RatingRepository } from '../feedback/rating.repository';
import { SubscriptionRepository } from '../notify/subscription.repository';
import type { InboundMessage } from './dialogue.types';
import { CitizenRequestRepository } from './requests/citizen-request.repository';
import type { TurnEffect } from './turn.types';

/** Stores a turn's effects in the conversation's transaction; returns the references it created. */
@Injectable()
export class TurnEffectStore {
  constructor(
    private readonly requests: CitizenRequestRepository,
    private readonly subscriptions: SubscriptionRepository,
    private readonly ratings: RatingRepository,
  ) {}

  async apply(manager: EntityManager, message: InboundMessage, effects: TurnEffect[]): Promise<string[]> {
    const { channel, userId } = message;
    // The staff workspace's test chat shows what a citizen would see but files nothing.
    if ((channel as string) === PREVIEW_CHANNEL)
      return effects.some((e) => e.type === 'complaint' || e.type === 'handoff') ? ['XEM-THU'] : [];
    const who = { channel, userId };
    const references: string[] = [];
    for (const effect of effects) {
      switch (effect.type) {
        case 'complaint':
        case 'handoff':
          references.push(
            await this.requests.create(manager, {
              kind: effect.type,
              channel,
              userId,
              content: effect.type === 'complaint' ? effect.content : (effect.note ?? null),
              contactPhone: effect.type === 'complaint' ? (effect.contact ?? null) : null,
            }),
          );
          break;
        case 'follow':
          await this.subscriptions.subscribe(effect.dossierCode, channel, userId, manager);
          break;
        case 'unfollow':
          await this.subscriptions.unsubscribe(channel, userId, effect.dossierCode, manager);
          break;
        case 'rate':
          await this.ratings.rateDossier(manager, { ...effect, ...who });
          break;
        case 'rate_criterion':
          await this.ratings.answerCriterion(
            manager,
            { dossierCode: effect.dossierCode, ...who },
            effect.criterion,
            effect.answer,
          );
          break;
        case 'rate_comment':
          await this.ratings.comment(manager, { dossierCode: effect.dossierCode, ...who }, effect.comment);
          break;
        case 'rate_chat':
          await this.ratings.rateChat(manager, channel, userId, effect.level);
          break;
      }
    }
    return references;
  }
}
