import { Injectable } from '@nestjs/common';
import { DossierRepository } from '../dossier/dossier.repository';
import { criterionById, RATING_CRITERIA } from '../feedback/rating-criteria';
import { RATING_LEVEL_LABEL, RATING_LEVELS, type RatingLevel } from '../feedback/rating.entity';
import { RatingRepository } from '../feedback/rating.repository';
import { SubscriptionRepository } from '../notify/subscription.repository';
import type { InboundMessage, ReplyButton } from './dialogue.types';
import type { ConversationMemory } from './state/conversation-state.entity';
import type { Turn } from './turn.types';

const MAX_COMMENT = 1000;
/** A dossier is rated once its result exists. */
const RATEABLE = ['completed', 'returned'];

export const isRatingLevel = (value: string): value is RatingLevel =>
  (RATING_LEVELS as readonly string[]).includes(value);

/** Rất hài lòng / Hài lòng / Không hài lòng as buttons carrying `prefix` + level. */
export const ratingButtons = (prefix: string): ReplyButton[] =>
  RATING_LEVELS.map((level) => ({ label: RATING_LEVEL_LABEL[level], payload: `${prefix}${level}` }));

/**
 * Rating a dossier's handling (by a citizen following it, once its result exists): the level, then
 * optionally the Thông tư 01/2018 questions and a comment. Also the quick rating of the chat.
 */
@Injectable()
export class RatingTurnHandler {
  constructor(
    private readonly dossiers: DossierRepository,
    private readonly subscriptions: SubscriptionRepository,
    private readonly ratings: RatingRepository,
  ) {}

  async rate(code: string, level: RatingLevel, message: InboundMessage, memory: ConversationMemory) {
    const dossier = await this.dossiers.findByCode(code);
    const entitled =
      dossier &&
      RATEABLE.includes(dossier.status) &&
      ((await this.subscriptions.isFollowing(code, message.channel, message.userId)) ||
        (await this.ratings.findDossierRating(code, message.channel, message.userId)));
    if (!dossier || !entitled) {
      return this.say('rating-not-allowed', memory, { code });
    }
    return {
      replies: [
        {
          templateId: 'rating-recorded',
          data: { code, levelLabel: RATING_LEVEL_LABEL[level], questions: RATING_CRITERIA.length },
          buttons: [
            { label: `Trả lời thêm ${RATING_CRITERIA.length} câu hỏi ngắn`, payload: `ratemore:${code}` },
            { label: 'Bỏ qua', payload: 'rateskip' },
          ],
        },
      ],
      memory: { ...memory, rating: { dossierCode: code, step: 'offer' as const } },
      effects: [
        {
          type: 'rate' as const,
          dossierCode: code,
          procedureCode: dossier.procedureCode,
          agencyName: dossier.agencyName,
          level,
        },
      ],
    } satisfies Turn;
  }

  /** The first question, once the citizen agreed to answer more. */
  more(code: string, memory: ConversationMemory): Turn {
    if (memory.rating?.dossierCode !== code) return this.say('rating-expired', memory);
    return this.question(code, 0, memory);
  }

  answer(code: string, criterion: string, answer: string, memory: ConversationMemory): Turn {
    const index = RATING_CRITERIA.findIndex((c) => c.id === criterion);
    if (memory.rating?.dossierCode !== code || index < 0 || !['a', 'b', 'c'].includes(answer)) {
      return this.say('rating-expired', memory);
    }
    const effects = [{ type: 'rate_criterion' as const, dossierCode: code, criterion, answer }];
    if (index + 1 < RATING_CRITERIA.length) return { ...this.question(code, index + 1, memory), effects };
    return {
      replies: [{ templateId: 'rating-ask-comment', buttons: [{ label: 'Bỏ qua', payload: 'rateskip' }] }],
      memory: { ...memory, rating: { dossierCode: code, step: 'comment' } },
      effects,
    };
  }

  /** The comment the citizen typed after the questions; null when no comment is awaited. */
  comment(text: string, memory: ConversationMemory): Turn | null {
    if (memory.rating?.step !== 'comment') return null;
    const comment = text.normalize('NFC').trim().slice(0, MAX_COMMENT);
    if (!comment) return null;
    return {
      ...this.done(memory),
      effects: [{ type: 'rate_comment', dossierCode: memory.rating.dossierCode, comment }],
    };
  }

  done(memory: ConversationMemory): Turn {
    return this.say('rating-done', { ...memory, rating: undefined });
  }

  chat(level: RatingLevel, memory: ConversationMemory): Turn {
    return { ...this.say('chat-rating-thanks', memory), effects: [{ type: 'rate_chat', level }] };
  }

  private question(code: string, index: number, memory: ConversationMemory): Turn {
    const criterion = RATING_CRITERIA[index];
    const buttons = (['a', 'b', 'c'] as const).map((key) => ({
      label: criterionById(criterion.id)!.answers[key],
      payload: `ratecrit:${code}:${criterion.id}:${key}`,
    }));
    return {
      replies: [
        {
          templateId: 'rating-question',
          data: { number: index + 1, total: RATING_CRITERIA.length, question: criterion.question },
          buttons,
        },
      ],
      memory: { ...memory, rating: { dossierCode: code, step: index } },
    };
  }

  private say(templateId: string, memory: ConversationMemory, data: object = {}): Turn {
    return { replies: [{ templateId, data }], memory };
  }
}
