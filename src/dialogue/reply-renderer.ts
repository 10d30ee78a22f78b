import { Injectable } from '@nestjs/common';
import type { Intent } from '../nlu/nlu.types';
import { TemplateService, type TemplateFormat } from '../templates/template.service';
import type { Reply, ReplyButton } from './dialogue.types';

export interface ReplySpec {
  templateId: string;
  data?: object;
  buttons?: ReplyButton[];
  procedureCode?: string;
  intent?: Intent;
}

/** Renders a reply from a template in the channel's format (escaping decided at compile time). */
@Injectable()
export class ReplyRenderer {
  constructor(private readonly templates: TemplateService) {}

  render(spec: ReplySpec, format: TemplateFormat): Reply {
    return {
      text: this.templates.render(spec.templateId, spec.data ?? {}, format),
      buttons: spec.buttons ?? [],
      templateId: spec.templateId,
      ...(spec.procedureCode ? { procedureCode: spec.procedureCode } : {}),
      ...(spec.intent ? { intent: spec.intent } : {}),
    };
  }
}
