import type { FlowEffect } from './flows/flow.types';
import type { ReplySpec } from './reply-renderer';
import type { ConversationMemory } from './state/conversation-state.entity';

/** One turn's outcome: replies to render, the memory to save, and effects to store with it. */
export interface Turn {
  replies: ReplySpec[];
  memory: ConversationMemory;
  effects?: FlowEffect[];
}
