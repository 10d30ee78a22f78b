import type { ReplyButton } from '../dialogue.types';
import { resolveChoice } from './flow-choice';
import type { FlowMatcher } from './flow-matcher';
import { parsePayload, type FlowPayload } from './flow-payload';
import { isCancel } from './flow-text.util';
import { parseVietnamesePhone } from './phone.util';
import {
  FIELDS,
  HELP_FAQ_ID,
  MAX_RETRIES,
  MAX_STEPS_PER_TURN,
  MAX_TEXT_ANSWER,
  SYSTEM_TEMPLATES,
} from './flow.constants';
import type {
  FlowCatalog,
  FlowDefinition,
  FlowEffect,
  FlowInput,
  FlowReply,
  FlowState,
  FlowStep,
  FlowTurn,
} from './flow.types';

/** Labels of the buttons the runner adds itself (after a cancel or a dead end). */
const HELP_BUTTON_LABEL = 'Trợ giúp';
const RETRY_BUTTON_LABEL = 'Làm lại bước này';

/**
 * Walks FAQ entries and flows: a pure state machine over one catalog. It renders nothing and stores
 * nothing — it says which templates to show with which data, which state to keep and which effects
 * (complaint, handoff) the engine must carry out. The same input and state always give the same turn.
 */
export class FlowRunner {
  constructor(
    private readonly catalog: FlowCatalog,
    /** Lets a citizen who types a new question in the middle of a choice leave the flow for it. */
    private readonly matcher?: FlowMatcher,
  ) {}

  answerFaq(id: string): FlowTurn {
    const faq = this.catalog.faqs.get(id);
    if (!faq) return this.expired();
    return { replies: [this.reply(faq.template, {}, faq.buttons)], state: null, effects: [] };
  }

  /** Starts a flow at its first step, or at `stepId` (a step: button tapped outside the flow). */
  start(flowId: string, stepId?: string): FlowTurn {
    const flow = this.catalog.flows.get(flowId);
    const first = stepId ?? flow?.start;
    if (!flow || !first || !flow.steps.has(first)) return this.expired();
    return this.enter(flow, first, {});
  }

  /** A tapped button when no flow is active; null when the payload is not a flows payload. */
  open(payload: string): FlowTurn | null {
    const p = parsePayload(payload);
    if (!p) return null;
    if (p.kind === 'choice') return this.expired(); // a button from a flow that has ended
    return this.navigate(p, null);
  }

  continue(state: FlowState, input: FlowInput): FlowTurn {
    const flow = this.catalog.flows.get(state.flowId);
    const step = flow?.steps.get(state.stepId);
    // The flow was edited or removed since this conversation started.
    if (!flow || !step) return this.expired();

    if (input.payload !== undefined) {
      const p = parsePayload(input.payload);
      if (!p) return this.retry(flow, step, state, SYSTEM_TEMPLATES.chooseAgain);
      if (p.kind !== 'choice') return this.navigate(p, state);
      const button = step.buttons.find((b) => b.payload === input.payload);
      if (step.expect !== 'choice' || !button)
        return this.retry(flow, step, state, SYSTEM_TEMPLATES.chooseAgain);
      return this.choose(flow, step, state, p.value, button.label);
    }

    const text = (input.text ?? '').normalize('NFC');
    if (isCancel(text)) return this.cancelled();
    switch (step.expect) {
      case 'text': {
        const answer = text.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT_ANSWER);
        if (!/[\p{L}\p{N}]/u.test(answer)) return this.retry(flow, step, state, SYSTEM_TEMPLATES.emptyText);
        return this.answer(flow, step, state, answer);
      }
      case 'phone': {
        const phone = parseVietnamesePhone(text);
        if (phone) return this.answer(flow, step, state, phone);
        if (!/\d/.test(text)) {
          const other = this.otherTopic(flow, text);
          if (other) return other;
        }
        return this.retry(flow, step, state, SYSTEM_TEMPLATES.badPhone);
      }
      case 'choice': {
        const button = resolveChoice(step.buttons, text);
        if (button) {
          const p = parsePayload(button.payload);
          if (p?.kind === 'choice') return this.choose(flow, step, state, p.value, button.label);
          if (p) return this.navigate(p, state);
        }
        return this.otherTopic(flow, text) ?? this.retry(flow, step, state, SYSTEM_TEMPLATES.chooseAgain);
      }
      default:
        // A step that waits for nothing cannot be answered: the flow changed under this conversation.
        return this.expired();
    }
  }

  private navigate(p: Exclude<FlowPayload, { kind: 'choice' }>, state: FlowState | null): FlowTurn {
    switch (p.kind) {
      case 'cancel':
        return this.cancelled();
      case 'faq':
        return this.answerFaq(p.faqId);
      case 'flow':
        return this.start(p.flowId);
      case 'step': {
        const flow = this.catalog.flows.get(p.flowId);
        // Within the same flow a jump keeps the answers given so far.
        if (flow && state?.flowId === p.flowId && flow.steps.has(p.stepId)) {
          return this.enter(flow, p.stepId, state.data);
        }
        return this.start(p.flowId, p.stepId);
      }
    }
  }

  private answer(flow: FlowDefinition, step: FlowStep, state: FlowState, value: string): FlowTurn {
    const data = step.save ? { ...state.data, [step.save]: value } : state.data;
    if (typeof step.next !== 'string') return this.expired();
    return this.enter(flow, step.next, data);
  }

  private choose(
    flow: FlowDefinition,
    step: FlowStep,
    state: FlowState,
    value: string,
    label: string,
  ): FlowTurn {
    const target = typeof step.next === 'string' ? step.next : step.next?.[value];
    if (!target) return this.retry(flow, step, state, SYSTEM_TEMPLATES.chooseAgain);
    const data = step.save ? { ...state.data, [step.save]: label } : state.data;
    return this.enter(flow, target, data);
  }

  /** Shows a step and passes on through steps that wait for nothing, until one waits or the flow ends. */
  private enter(flow: FlowDefinition, stepId: string, data: Record<string, string>): FlowTurn {
    const replies: FlowReply[] = [];
    const effects: FlowEffect[] = [];
    let id = stepId;
    for (let i = 0; i < MAX_STEPS_PER_TURN; i++) {
      const step = flow.steps.get(id);
      if (!step) break;
      replies.push(this.reply(step.template, data, step.buttons));
      if (step.action) effects.push(effectOf(step.action, data));
      if (step.end) return { replies, state: null, effects };
      if (step.expect !== 'none') return { replies, state: { flowId: flow.id, stepId: id, data }, effects };
      if (typeof step.next !== 'string') break;
      id = step.next;
    }
    // A dead end or a loop (both reported by the validator): end the flow rather than hang.
    return { replies, state: null, effects };
  }

  /** Asks the same step again with a hint, up to MAX_RETRIES, then stops instead of looping. */
  private retry(flow: FlowDefinition, step: FlowStep, state: FlowState, template: string): FlowTurn {
    const retries = (state.retries ?? 0) + 1;
    if (retries >= MAX_RETRIES) {
      const again = { label: RETRY_BUTTON_LABEL, payload: `step:${flow.id}:${step.id}` };
      return {
        replies: [this.reply(SYSTEM_TEMPLATES.gaveUp, {}, [again, ...this.helpButton()])],
        state: null,
        effects: [],
      };
    }
    const options = step.buttons.map((b, i) => ({ number: i + 1, label: b.label }));
    return {
      replies: [this.reply(template, { ...state.data, options }, step.buttons)],
      state: { ...state, retries },
      effects: [],
    };
  }

  /** A new question typed where an answer was expected: leave the flow for it. */
  private otherTopic(flow: FlowDefinition, text: string): FlowTurn | null {
    const match = this.matcher?.match(text);
    if (!match || (match.kind === 'flow' && match.id === flow.id)) return null;
    return match.kind === 'faq' ? this.answerFaq(match.id) : this.start(match.id);
  }

  private cancelled(): FlowTurn {
    return {
      replies: [this.reply(SYSTEM_TEMPLATES.cancelled, {}, this.helpButton())],
      state: null,
      effects: [],
    };
  }

  private expired(): FlowTurn {
    return {
      replies: [this.reply(SYSTEM_TEMPLATES.expired, {}, this.helpButton())],
      state: null,
      effects: [],
    };
  }

  private helpButton(): ReplyButton[] {
    return this.catalog.faqs.has(HELP_FAQ_ID)
      ? [{ label: HELP_BUTTON_LABEL, payload: `faq:${HELP_FAQ_ID}` }]
      : [];
  }

  /** Variables first, so an answer the citizen gave is never shadowed by a catalog variable. */
  private reply(templateId: string, data: Record<string, unknown>, buttons: ReplyButton[]): FlowReply {
    return { templateId, data: { ...this.catalog.vars, ...data }, buttons: buttons.map((b) => ({ ...b })) };
  }
}

function effectOf(action: 'complaint' | 'handoff', data: Record<string, string>): FlowEffect {
  if (action === 'handoff') {
    const note = data[FIELDS.handoffNote];
    return note ? { type: 'handoff', note } : { type: 'handoff' };
  }
  const contact = data[FIELDS.complaintContact];
  const content = data[FIELDS.complaintContent] ?? '';
  return contact ? { type: 'complaint', content, contact } : { type: 'complaint', content };
}
