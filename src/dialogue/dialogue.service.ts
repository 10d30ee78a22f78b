import { Injectable } from '@nestjs/common';
import { CatalogIndexService } from '../catalog/catalog-index.service';
import { CatalogService } from '../catalog/catalog.service';
import { AppConfig } from '../config/app-config';
import { TemplateService, type TemplateFormat } from '../templates/template.service';
import { MAX_MESSAGE_LENGTH, type InboundMessage, type Reply } from './dialogue.types';
import { procedureCardData } from './procedure-card.builder';

const PROCEDURE_PAYLOAD = /^procedure:(.+)$/;
const ALTERNATIVES = 2;

/**
 * The conversation engine. For now it answers with the catalog's best match and offers the next
 * matches as buttons; understanding (NLU) and multi-turn dialogue build on this entry point.
 */
@Injectable()
export class DialogueService {
  constructor(
    private readonly catalog: CatalogService,
    private readonly index: CatalogIndexService,
    private readonly templates: TemplateService,
    private readonly config: AppConfig,
  ) {}

  async handle(message: InboundMessage, format: TemplateFormat = 'plain'): Promise<Reply[]> {
    const payloadCode = message.payload?.match(PROCEDURE_PAYLOAD)?.[1];
    if (payloadCode) return [await this.procedureCard(payloadCode, format)];
    const text = (message.text ?? '').normalize('NFC').trim();
    if (text.length > MAX_MESSAGE_LENGTH)
      return [this.plain('too-long', { limit: MAX_MESSAGE_LENGTH }, format)];
    if (!/[\p{L}\p{N}]/u.test(text)) return [this.plain('ask-again', {}, format)];

    const engine = this.index.current();
    const understood = engine.understand(text);
    if (understood.answer === 'none' || understood.procedures.length === 0) {
      return [this.plain('no-match', { portalUrl: this.config.portalUrl }, format)];
    }
    const card = await this.procedureCard(understood.procedures[0], format);
    card.buttons = understood.procedures.slice(1, 1 + ALTERNATIVES).map((code) => {
      const doc = engine.search.document(code)!;
      return { label: `${doc.name} (${doc.levels.join(', ')})`, payload: `procedure:${code}` };
    });
    return [card];
  }

  private async procedureCard(code: string, format: TemplateFormat): Promise<Reply> {
    const detail = await this.catalog.get(code).catch(() => null);
    if (!detail) return this.plain('no-match', { portalUrl: this.config.portalUrl }, format);
    const text = this.templates.render(
      'procedure-card',
      procedureCardData(detail, this.config.portalUrl),
      format,
    );
    return { text, buttons: [], templateId: 'procedure-card', procedureCode: detail.code };
  }

  private plain(templateId: string, data: object, format: TemplateFormat): Reply {
    return { text: this.templates.render(templateId, data, format), buttons: [], templateId };
  }
}
