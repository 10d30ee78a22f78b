import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { DossierLookupService } from '../dossier/dossier-lookup.service';
import type { InboundMessage } from './dialogue.types';
import { FOLLOW_LABEL } from './follow-turn';
import type { ConversationMemory } from './state/conversation-state.entity';
import type { Turn } from './turn.types';

const LAST4 = /^\s*(\d{4})\s*\.?\s*$/;
/** A message rarely carries more than a couple of codes; more would only help guessing. */
const MAX_CODES = 2;

/** Dossier lookup in chat: masked status by code; details after the phone's last four digits. */
@Injectable()
export class DossierTurnHandler {
  constructor(
    private readonly lookups: DossierLookupService,
    private readonly config: AppConfig,
  ) {}

  async lookup(codes: string[], message: InboundMessage, memory: ConversationMemory): Promise<Turn> {
    const replies: Turn['replies'] = [];
    let found: string | undefined;
    for (const code of codes.slice(0, MAX_CODES)) {
      const result = await this.lookups.lookup(code, this.keys(message));
      if (result.kind === 'rate_limited') {
        return {
          replies: [
            {
              templateId: 'dossier-rate-limited',
              data: { minutes: result.minutes },
              intent: 'dossier_status',
            },
          ],
          memory,
        };
      }
      if (result.kind === 'not_found') {
        replies.push({
          templateId: 'dossier-not-found',
          data: { code, portalUrl: this.config.portalUrl },
          intent: 'dossier_status',
        });
        continue;
      }
      found ??= code;
      replies.push({
        templateId: 'dossier-found',
        data: result.data,
        buttons: [
          { label: 'Xem chi tiết', payload: `verify:${code}` },
          ...(result.data.followable ? [{ label: FOLLOW_LABEL, payload: `follow:${code}` }] : []),
        ],
        intent: 'dossier_status',
      });
    }
    return {
      replies,
      memory: { ...memory, verifyCode: undefined, dossierCode: found ?? memory.dossierCode },
    };
  }

  askVerification(code: string, memory: ConversationMemory): Turn {
    return {
      replies: [{ templateId: 'dossier-verify', data: { code }, intent: 'dossier_status' }],
      memory: { ...memory, verifyCode: code },
    };
  }

  /** The four digits answering a verification request; null when the message is not that. */
  async verify(text: string, message: InboundMessage, memory: ConversationMemory): Promise<Turn | null> {
    const digits = text.match(LAST4)?.[1];
    if (!memory.verifyCode || !digits) return null;
    const code = memory.verifyCode;
    const rest = { ...memory, verifyCode: undefined };
    // A wrong guess counts against the same limit as a lookup.
    const limited = await this.lookups.lookup(code, this.keys(message));
    if (limited.kind === 'rate_limited') {
      return {
        replies: [{ templateId: 'dossier-rate-limited', data: { minutes: limited.minutes } }],
        memory: rest,
      };
    }
    const details = await this.lookups.details(code, digits);
    return details
      ? {
          replies: [{ templateId: 'dossier-details', data: details, intent: 'dossier_status' }],
          memory: rest,
        }
      : {
          replies: [{ templateId: 'dossier-verify-failed', data: { code }, intent: 'dossier_status' }],
          memory: rest,
        };
  }

  private keys(message: InboundMessage): string[] {
    return [
      `chat:${message.channel}:${message.userId}`,
      ...(message.source ? [`source:${message.source}`] : []),
    ];
  }
}
