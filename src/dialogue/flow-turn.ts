import { Injectable } from '@nestjs/common';
import { FlowRegistry } from './flows/flow-registry';
import { isFlowPayload } from './flows/flow-payload';
import type { FlowTurn } from './flows/flow.types';
import type { ConversationMemory } from './state/conversation-state.entity';
import type { Turn } from './turn.types';

/** Complaints and requests for staff start these flows when the intent says so. */
const INTENT_FLOWS = { complaint: 'phan-anh', human_handoff: 'gap-can-bo' } as const;

/** Bridges the staff-edited FAQ and flows (flows/*.yaml) into the conversation. */
@Injectable()
export class FlowTurnHandler {
  constructor(private readonly registry: FlowRegistry) {}

  isFlowPayload(payload: string): boolean {
    return isFlowPayload(payload);
  }

  /** A tapped FAQ/flow button, inside a flow or not; null when it points nowhere. */
  payload(payload: string, memory: ConversationMemory): Turn | null {
    const { runner } = this.registry.current();
    const turn = memory.flow ? runner.continue(memory.flow, { payload }) : runner.open(payload);
    return turn ? this.toTurn(turn, memory) : null;
  }

  /** Text while a flow waits for an answer (the runner also understands "hủy"). */
  continue(text: string, memory: ConversationMemory): Turn | null {
    if (!memory.flow) return null;
    return this.toTurn(this.registry.current().runner.continue(memory.flow, { text }), memory);
  }

  /** A message that one of the FAQ entries or flows is written for. */
  matched(text: string, memory: ConversationMemory): Turn | null {
    const { matcher, runner } = this.registry.current();
    const match = matcher.match(text);
    if (!match) return null;
    return this.toTurn(match.kind === 'faq' ? runner.answerFaq(match.id) : runner.start(match.id), memory);
  }

  /** The complaint or staff-handoff flow, when the intent asks for it and staff defined it. */
  forIntent(intent: string, memory: ConversationMemory): Turn | null {
    const flowId = INTENT_FLOWS[intent as keyof typeof INTENT_FLOWS];
    const { catalog, runner } = this.registry.current();
    return flowId && catalog.flows.has(flowId) ? this.toTurn(runner.start(flowId), memory) : null;
  }

  /** The staff-edited help entry, when there is one. */
  help(memory: ConversationMemory): Turn | null {
    const { catalog, runner } = this.registry.current();
    return catalog.faqs.has('tro-giup') ? this.toTurn(runner.answerFaq('tro-giup'), memory) : null;
  }

  private toTurn(turn: FlowTurn, memory: ConversationMemory): Turn {
    return {
      replies: turn.replies.map((r) => ({ templateId: r.templateId, data: r.data, buttons: r.buttons })),
      memory: { ...memory, flow: turn.state ?? undefined, options: undefined },
      effects: turn.effects,
    };
  }
}
