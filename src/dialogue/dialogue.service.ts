import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CatalogIndexService } from '../catalog/catalog-index.service';
import { AppConfig } from '../config/app-config';
import type { Intent } from '../nlu/nlu.types';
import type { TemplateFormat } from '../templates/template.service';
import { MAX_MESSAGE_LENGTH, type InboundMessage, type Reply } from './dialogue.types';
import { DossierTurnHandler } from './dossier-turn';
import { FlowTurnHandler } from './flow-turn';
import { FollowTurnHandler } from './follow-turn';
import { isRatingLevel, ratingButtons, RatingTurnHandler } from './rating-turn';
import { ASPECTS, detectAspect, type Aspect } from './follow-up.detector';
import { ProcedureTurnHandler } from './procedure-turn';
import { ReplyRenderer } from './reply-renderer';
import {
  hasNoWords,
  isCancel,
  isHelpRequest,
  isUnfollowRequest,
  looksLikeGibberish,
  SMALL_TALK_TEMPLATE,
} from './small-talk';
import type { ConversationMemory } from './state/conversation-state.entity';
import { ConversationRepository } from './state/conversation.repository';
import type { Turn } from './turn.types';
import { TurnEffectStore } from './turn-effect.store';
import { TurnLogStore } from './turn-log.store';
import { recordTurn, withClarifyMemory } from './turn-record';

/** Two messages of one citizen racing: read, answer and save again, a few times at most. */
const MAX_ATTEMPTS = 4;

/**
 * The conversation engine: one citizen message in, channel-free replies out. State lives in
 * PostgreSQL per (channel, user) and is saved only if nobody changed it meanwhile; what a turn
 * stores (a complaint, a request for staff) is saved in the same transaction.
 */
@Injectable()
export class DialogueService {
  private readonly logger = new Logger(DialogueService.name);

  constructor(
    private readonly conversations: ConversationRepository,
    private readonly effects: TurnEffectStore,
    private readonly turnLog: TurnLogStore,
    private readonly procedures: ProcedureTurnHandler,
    private readonly flows: FlowTurnHandler,
    private readonly dossiers: DossierTurnHandler,
    private readonly follows: FollowTurnHandler,
    private readonly ratings: RatingTurnHandler,
    private readonly index: CatalogIndexService,
    private readonly renderer: ReplyRenderer,
    private readonly config: AppConfig,
  ) {}

  async handle(message: InboundMessage, format: TemplateFormat = 'plain'): Promise<Reply[]> {
    const { channel, userId } = message;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const { memory, version } = await this.conversations.load(
        channel,
        userId,
        this.config.conversationTtlMinutes,
      );
      const turn = await this.turn(message, memory);
      const record = recordTurn(turn, memory, message);
      let references: string[] = [];
      const store = async (manager: EntityManager) => {
        if (turn.effects?.length) references = await this.effects.apply(manager, message, turn.effects);
        await this.turnLog.write(manager, channel, userId, record);
      };
      const saved = withClarifyMemory(turn, record);
      if (await this.conversations.commit(channel, userId, version, saved, store)) {
        const reference = references[0];
        return turn.replies.map((r) =>
          this.renderer.render(reference ? { ...r, data: { ...r.data, reference } } : r, format),
        );
      }
      this.logger.debug(`conversation changed meanwhile, attempt ${attempt}`);
    }
    throw new Error('conversation state kept changing; giving up');
  }

  private async turn(message: InboundMessage, memory: ConversationMemory): Promise<Turn> {
    if (message.payload !== undefined) return this.payloadTurn(message.payload, message, memory);
    const verification = await this.dossiers.verify(message.text ?? '', message, memory);
    if (verification) return verification;
    const text = (message.text ?? '').normalize('NFC').trim();
    if (text.length > MAX_MESSAGE_LENGTH) return this.say('too-long', memory, { limit: MAX_MESSAGE_LENGTH });
    if (hasNoWords(text)) return this.say('ask-again', memory);
    const ratingComment = this.ratings.comment(text, memory);
    if (ratingComment) return ratingComment;
    const inFlow = this.flows.continue(text, memory);
    if (inFlow) return inFlow;
    if (isCancel(text)) return this.cancel(message, memory);
    if (isUnfollowRequest(text)) {
      const [code] = this.index.current().understand(text).dossierCodes;
      return this.follows.unfollow(message, memory, code);
    }
    if (isHelpRequest(text)) return this.flows.help(memory) ?? this.say('help', memory);

    const picked = this.procedures.pickedOption(text, memory);
    if (picked) return this.procedures.picked(picked, memory);

    const understood = this.index.current().understand(text);
    const { entities } = understood;
    const dossier = {
      codes: understood.dossierCodes,
      malformed: entities.malformedDossierCodes,
      portalUrl: this.config.portalUrl,
    };
    if (dossier.codes.length > 0) return this.dossiers.lookup(dossier.codes, message, memory);
    if (dossier.malformed.length > 0) return this.say('dossier-status', memory, dossier, 'dossier_status');
    const followUp = this.procedures.followUp(text, understood, memory);
    if (followUp) return this.procedures.aspect(followUp.code, followUp.aspect, memory);
    const faq = this.flows.matched(text, memory);
    if (faq) return faq;
    if (understood.finalIntent === 'dossier_status')
      return this.say('dossier-status', memory, dossier, 'dossier_status');

    if (looksLikeGibberish(understood)) return this.say('gibberish', memory);
    const intentFlow = this.flows.forIntent(understood.finalIntent, memory);
    if (intentFlow) return intentFlow;
    const smallTalk = SMALL_TALK_TEMPLATE[understood.finalIntent];
    if (smallTalk) return this.smallTalk(smallTalk, understood.finalIntent, memory);
    if (understood.answer === 'procedure') return this.procedures.card(understood.procedures[0], memory);
    if (understood.answer === 'clarify') {
      return this.procedures.clarify(understood.procedures, memory, detectAspect(text) ?? undefined);
    }
    return this.procedures.noMatch(memory);
  }

  private async payloadTurn(
    payload: string,
    message: InboundMessage,
    memory: ConversationMemory,
  ): Promise<Turn> {
    if (payload === 'non-text') return this.say('non-text', memory);
    if (this.flows.isFlowPayload(payload))
      return this.flows.payload(payload, memory) ?? this.say('help', memory);
    const [kind, ...rest] = payload.split(':');
    const arg = rest.join(':');
    switch (kind) {
      case 'verify':
        return this.dossiers.askVerification(arg, memory);
      case 'follow':
        return this.follows.follow(arg, memory);
      case 'unfollow':
        return this.follows.unfollow(message, memory, arg || undefined);
      case 'rate': {
        const level = rest.pop() ?? '';
        if (isRatingLevel(level)) return this.ratings.rate(rest.join(':'), level, message, memory);
        break;
      }
      case 'ratemore':
        return this.ratings.more(arg, memory);
      case 'ratecrit': {
        const [answer, criterion] = [rest.pop() ?? '', rest.pop() ?? ''];
        return this.ratings.answer(rest.join(':'), criterion, answer, memory);
      }
      case 'rateskip':
        return this.ratings.done(memory);
      case 'chatrate':
        if (isRatingLevel(arg)) return this.ratings.chat(arg, memory);
        break;
      case 'procedure':
        if (arg) return this.procedures.picked(arg, memory);
        break;
      case 'detail':
        if (rest.length >= 2 && (ASPECTS as readonly string[]).includes(rest[0])) {
          return this.procedures.aspect(rest.slice(1).join(':'), rest[0] as Aspect, memory);
        }
        break;
    }
    return this.say('help', memory);
  }

  /** "Hủy": stops the step in progress, and offers to stop notices of followed dossiers. */
  private async cancel(message: InboundMessage, memory: ConversationMemory): Promise<Turn> {
    const buttons = await this.follows.unfollowButtons(message);
    return {
      replies: [{ templateId: 'cancelled', data: { following: buttons.length > 0 }, buttons }],
      memory: { ...memory, options: undefined, aspect: undefined, rating: undefined },
    };
  }

  /** Thanks and goodbye close a conversation: the first time, the chat itself may be rated. */
  private smallTalk(templateId: string, intent: Intent, memory: ConversationMemory): Turn {
    const turn = this.say(templateId, memory, {}, intent);
    if ((intent !== 'goodbye' && intent !== 'thanks') || memory.chatRatingAsked) return turn;
    return {
      replies: [...turn.replies, { templateId: 'chat-rating-ask', buttons: ratingButtons('chatrate:') }],
      memory: { ...memory, chatRatingAsked: true },
    };
  }

  private say(templateId: string, memory: ConversationMemory, data: object = {}, intent?: Intent): Turn {
    return { replies: [{ templateId, data, intent }], memory };
  }
}
