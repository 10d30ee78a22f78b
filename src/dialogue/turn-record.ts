import type { TurnOutcome } from '../admin/usage/turn-log.entity';
import type { UnansweredReason } from '../admin/unanswered/unanswered-question.entity';
import type { ConversationMemory } from './state/conversation-state.entity';
import type { Turn } from './turn.types';

/** What the usage report and the unanswered-questions page keep of one turn. */
export interface TurnRecord {
  outcome: TurnOutcome;
  procedureCode: string | null;
  unanswered: { reason: UnansweredReason; text: string; offered: string[] } | null;
  /** A clarification offered last turn that this message walked away from. */
  abandoned: { text: string } | null;
}

const SMALL_TALK = new Set([
  'greeting',
  'thanks',
  'goodbye',
  'help',
  'chat-rating-ask',
  'chat-rating-thanks',
]);

/**
 * Reads a turn's outcome from what it answers with (templates, effects), so that no handler has
 * to report it and a new handler is classified without touching this file's callers.
 */
export function recordTurn(
  turn: Turn,
  before: ConversationMemory,
  message: { text?: string; payload?: string },
): TurnRecord {
  const first = turn.replies[0];
  const templateId = first?.templateId ?? '';
  const effects = (turn.effects ?? []).map((e) => e.type);
  const procedureCode = turn.replies.find((r) => r.procedureCode)?.procedureCode ?? null;
  const outcome = outcomeOf(templateId, effects, procedureCode);
  const text = (message.payload === undefined ? (message.text ?? '') : '').trim();
  const unanswered =
    text && outcome === 'none'
      ? { reason: 'none' as const, text, offered: [] }
      : text && outcome === 'clarify'
        ? { reason: 'clarify' as const, text, offered: turn.memory.options ?? [] }
        : null;
  // A clarification is abandoned when the next message neither picks an option nor asks again.
  const picked = procedureCode !== null && (before.options ?? []).includes(procedureCode);
  const abandoned =
    before.clarifyText && !picked && outcome !== 'clarify' && message.payload === undefined
      ? { text: before.clarifyText }
      : null;
  return { outcome, procedureCode, unanswered, abandoned };
}

/** The memory to save: remembers a clarification's question until the next message settles it. */
export function withClarifyMemory(turn: Turn, record: TurnRecord): ConversationMemory {
  const memory = { ...turn.memory };
  if (record.unanswered?.reason === 'clarify') memory.clarifyText = record.unanswered.text;
  else delete memory.clarifyText;
  return memory;
}

function outcomeOf(templateId: string, effects: string[], procedureCode: string | null): TurnOutcome {
  if (effects.includes('handoff')) return 'handoff';
  if (effects.includes('complaint')) return 'complaint';
  if (templateId === 'clarify') return 'clarify';
  if (templateId === 'no-match' || templateId === 'out-of-scope') return 'none';
  if (procedureCode || templateId.startsWith('procedure-')) return 'procedure';
  if (
    templateId.startsWith('dossier-') ||
    templateId.startsWith('follow-') ||
    templateId.startsWith('unfollow-')
  )
    return 'dossier';
  if (templateId.startsWith('faq-')) return 'faq';
  if (templateId.startsWith('flow-')) return 'flow';
  if (SMALL_TALK.has(templateId)) return 'small_talk';
  return 'other';
}
