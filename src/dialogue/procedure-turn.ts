import { Injectable } from '@nestjs/common';
import { CatalogIndexService } from '../catalog/catalog-index.service';
import { CatalogService } from '../catalog/catalog.service';
import type { ProcedureDetailDto } from '../catalog/dto/procedure.dto';
import { AppConfig } from '../config/app-config';
import type { Understanding } from '../nlu/nlu-engine';
import type { ConversationMemory } from './state/conversation-state.entity';
import type { Turn } from './turn.types';
import { detectAspect, isBareFollowUp, type Aspect } from './follow-up.detector';
import { ASPECT_TEMPLATE, aspectButtons, aspectData } from './procedure-answer.builder';
import { procedureCardData } from './procedure-card.builder';

const MAX_OPTIONS = 5;
/** Parts the short card already shows. */
const CARD_ASPECTS: Aspect[] = ['fee', 'time', 'documents', 'where', 'online'];
const CHOICE_NUMBER = /^\s*(?:số|so|cái|cai|thứ|thu)?\s*(\d)\s*\.?\s*$/i;

export type ProcedureTurn = Turn;

/**
 * Answers about procedures: the short card, one part on request ("lệ phí bao nhiêu?") about the
 * procedure in context, and a choice when the catalog offers several candidates.
 */
@Injectable()
export class ProcedureTurnHandler {
  constructor(
    private readonly catalog: CatalogService,
    private readonly index: CatalogIndexService,
    private readonly config: AppConfig,
  ) {}

  /** A typed number or option label answering the last choice offered. */
  pickedOption(text: string, memory: ConversationMemory): string | null {
    const options = memory.options ?? [];
    const n = text.match(CHOICE_NUMBER)?.[1];
    if (n && Number(n) >= 1 && Number(n) <= options.length) return options[Number(n) - 1];
    return null;
  }

  /**
   * A question about one part of a procedure: about the procedure in context when the message
   * names no other ("lệ phí bao nhiêu?"), about the newly named one when it clearly names one
   * ("còn lệ phí khai tử thì sao?"); null when it is not such a question or needs a choice first.
   */
  followUp(
    text: string,
    understood: Understanding,
    memory: ConversationMemory,
  ): { aspect: Aspect; code: string } | null {
    const aspect = detectAspect(text);
    if (!aspect) return null;
    const current = memory.procedureCode;
    const named = understood.procedures[0];
    if (current && (isBareFollowUp(text) || !named || named === current)) return { aspect, code: current };
    // A first question about a new procedure gets the card, which already says the fee, time,
    // place and key documents; other parts are answered directly.
    if (understood.answer === 'procedure' && named && (current || !CARD_ASPECTS.includes(aspect))) {
      return { aspect, code: named };
    }
    return null;
  }

  async card(code: string, memory: ConversationMemory): Promise<ProcedureTurn> {
    const p = await this.detail(code);
    if (!p) return this.noMatch(memory);
    return {
      replies: [
        {
          templateId: 'procedure-card',
          data: procedureCardData(p, this.config.portalUrl),
          buttons: aspectButtons(p.code, 'card'),
          procedureCode: p.code,
          intent: 'procedure',
        },
      ],
      memory: { ...memory, procedureCode: p.code, options: undefined },
    };
  }

  async aspect(code: string, aspect: Aspect, memory: ConversationMemory): Promise<ProcedureTurn> {
    const p = await this.detail(code);
    if (!p) return this.noMatch(memory);
    return {
      replies: [
        {
          templateId: ASPECT_TEMPLATE[aspect],
          data: aspectData(p, this.config.portalUrl),
          buttons: aspectButtons(p.code, aspect),
          procedureCode: p.code,
          intent: 'procedure',
        },
      ],
      memory: { ...memory, procedureCode: p.code, options: undefined },
    };
  }

  /** A procedure chosen from the options: the part asked about before the choice, or the card. */
  picked(code: string, memory: ConversationMemory): Promise<ProcedureTurn> {
    const rest = { ...memory, aspect: undefined };
    return memory.aspect ? this.aspect(code, memory.aspect, rest) : this.card(code, rest);
  }

  clarify(codes: string[], memory: ConversationMemory, aspect?: Aspect): ProcedureTurn {
    const search = this.index.current().search;
    const options = codes
      .filter((c) => search.document(c))
      .slice(0, MAX_OPTIONS)
      .map((code) => ({
        code,
        label: optionLabel(search.document(code)!.name, search.document(code)!.levels),
      }));
    return {
      replies: [
        {
          templateId: 'clarify',
          data: { options },
          buttons: options.map((o) => ({ label: o.label, payload: `procedure:${o.code}` })),
          intent: 'procedure',
        },
      ],
      memory: { ...memory, options: options.map((o) => o.code), aspect },
    };
  }

  noMatch(memory: ConversationMemory): ProcedureTurn {
    return {
      replies: [
        {
          templateId: 'no-match',
          data: { portalUrl: this.config.portalUrl },
          buttons: [{ label: 'Gặp cán bộ', payload: 'flow:gap-can-bo' }],
          intent: 'procedure',
        },
      ],
      memory: { ...memory, options: undefined },
    };
  }

  private detail(code: string): Promise<ProcedureDetailDto | null> {
    return this.catalog.get(code).catch(() => null);
  }
}

/** "Cấp lại thẻ căn cước (Cấp tỉnh)": short enough for a button, with the level that tells twins apart. */
export function optionLabel(name: string, levels: string[]): string {
  const short = name
    .replace(/^Thủ tục\s+/i, '')
    .replace(/\s*\((thực hiện )?tại cấp [^)]*\)/gi, '')
    .trim();
  const cut = short.length > 60 ? `${short.slice(0, 57).replace(/\s+\S*$/, '')}…` : short;
  return `${cut.charAt(0).toUpperCase()}${cut.slice(1)} (${levels.join(', ')})`;
}
