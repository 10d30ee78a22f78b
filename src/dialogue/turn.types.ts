import type { RatingLevel } from '../feedback/rating.entity';
import type { FlowEffect } from './flows/flow.types';
import type { ReplySpec } from './reply-renderer';
import type { ConversationMemory } from './state/conversation-state.entity';

/** What a turn stores beside the conversation, in the same transaction. */
export type TurnEffect =
  | FlowEffect
  | { type: 'follow'; dossierCode: string }
  | { type: 'unfollow'; dossierCode?: string }
  | {
      type: 'rate';
      dossierCode: string;
      procedureCode: string | null;
      agencyName: string | null;
      level: RatingLevel;
    }
  | { type: 'rate_criterion'; dossierCode: string; criterion: string; answer: string }
  | { type: 'rate_comment'; dossierCode: string; comment: string }
  | { type: 'rate_chat'; level: RatingLevel };

/** One turn's outcome: replies to render, the memory to save, and effects to store with it. */
export interface Turn {
  replies: ReplySpec[];
  memory: ConversationMemory;
  effects?: TurnEffect[];
}
