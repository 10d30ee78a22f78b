import { Injectable, Logger } from '@nestjs/common';
import { CatalogIndexService } from '../catalog/catalog-index.service';
import { AppConfig } from '../config/app-config';
import type { Intent } from '../nlu/nlu.types';
import type { TemplateFormat } from '../templates/template.service';
import { MAX_MESSAGE_LENGTH, type InboundMessage, type Reply } from './dialogue.types';
import { ASPECTS, detectAspect, type Aspect } from './follow-up.detector';
import { ProcedureTurnHandler, type ProcedureTurn } from './procedure-turn';
import { ReplyRenderer } from './reply-renderer';
import { hasNoWords, isCancel, isHelpRequest, looksLikeGibberish, SMALL_TALK_TEMPLATE } from './small-talk';
import type { ConversationMemory } from './state/conversation-state.entity';
import { ConversationRepository } from './state/conversation.repository';

/** Two messages of one citizen racing: read, answer and save again, a few times at most. */
const MAX_ATTEMPTS = 4;

/**
 * The conversation engine: one citizen message in, channel-free replies out. State lives in
 * PostgreSQL per (channel, user) and is saved only if nobody changed it meanwhile.
 */
@Injectable()
export class DialogueService {
  private readonly logger = new Logger(DialogueService.name);

  constructor(
    private readonly conversations: ConversationRepository,
    private readonly procedures: ProcedureTurnHandler,
    private readonly index: CatalogIndexService,
    private readonly renderer: ReplyRenderer,
    private readonly config: AppConfig,
  ) {}

  async handle(message: InboundMessage, format: TemplateFormat = 'plain'): Promise<Reply[]> {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const { memory, version } = await this.conversations.load(
        message.channel,
        message.userId,
        this.config.conversationTtlMinutes,
      );
      const turn = await this.turn(message, memory);
      if (await this.conversations.commit(message.channel, message.userId, version, turn.memory)) {
        return turn.replies.map((r) => this.renderer.render(r, format));
      }
      this.logger.debug(`conversation changed meanwhile, attempt ${attempt}`);
    }
    throw new Error('conversation state kept changing; giving up');
  }

  private async turn(message: InboundMessage, memory: ConversationMemory): Promise<ProcedureTurn> {
    if (message.payload !== undefined) return this.payloadTurn(message.payload, memory);
    const text = (message.text ?? '').normalize('NFC').trim();
    if (text.length > MAX_MESSAGE_LENGTH) return this.say('too-long', memory, { limit: MAX_MESSAGE_LENGTH });
    if (hasNoWords(text)) return this.say('ask-again', memory);
    if (isCancel(text)) return this.say('cancelled', { ...memory, options: undefined, flow: undefined });
    if (isHelpRequest(text)) return this.say('help', memory);

    const picked = this.procedures.pickedOption(text, memory);
    if (picked) return this.procedures.picked(picked, memory);

    const understood = this.index.current().understand(text);
    const { entities } = understood;
    if (understood.finalIntent === 'dossier_status' || entities.malformedDossierCodes.length > 0) {
      const data = {
        codes: understood.dossierCodes,
        malformed: entities.malformedDossierCodes,
        portalUrl: this.config.portalUrl,
      };
      return this.say('dossier-status', memory, data, 'dossier_status');
    }
    const followUp = this.procedures.followUp(text, understood, memory);
    if (followUp) return this.procedures.aspect(followUp.code, followUp.aspect, memory);

    if (looksLikeGibberish(understood)) return this.say('gibberish', memory);
    const smallTalk = SMALL_TALK_TEMPLATE[understood.finalIntent];
    if (smallTalk) return this.say(smallTalk, memory, {}, understood.finalIntent);
    if (understood.answer === 'procedure') return this.procedures.card(understood.procedures[0], memory);
    if (understood.answer === 'clarify') {
      return this.procedures.clarify(understood.procedures, memory, detectAspect(text) ?? undefined);
    }
    return this.procedures.noMatch(memory, text);
  }

  private async payloadTurn(payload: string, memory: ConversationMemory): Promise<ProcedureTurn> {
    const [kind, ...rest] = payload.split(':');
    if (kind === 'procedure' && rest.length) return this.procedures.picked(rest.join(':'), memory);
    if (kind === 'detail' && rest.length >= 2 && (ASPECTS as readonly string[]).includes(rest[0])) {
      return this.procedures.aspect(rest.slice(1).join(':'), rest[0] as Aspect, memory);
    }
    return this.say('help', memory);
  }

  private say(
    templateId: string,
    memory: ConversationMemory,
    data: object = {},
    intent?: Intent,
  ): ProcedureTurn {
    return { replies: [{ templateId, data, intent }], memory };
  }
}
