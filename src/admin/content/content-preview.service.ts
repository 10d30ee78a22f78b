import { Injectable } from '@nestjs/common';
import { DialogueService } from '../../dialogue/dialogue.service';
import { PREVIEW_CHANNEL, type InboundMessage, type Reply } from '../../dialogue/dialogue.types';
import { FlowRegistry } from '../../dialogue/flows/flow-registry';
import { TemplateService } from '../../templates/template.service';
import type { StaffPrincipal } from '../auth/staff-principal';
import { ContentException } from './content.exception';
import { ContentEditorService } from './content-editor.service';
import type { PreparedContent } from './prepared-content';

/**
 * The test chat of the editing page: the real conversation engine answers, but with the draft's
 * FAQ, flows and answer texts, in a conversation of its own per staff member. Synonym changes
 * apply to search only once published (rebuilding the search index per draft would cost seconds).
 */
@Injectable()
export class ContentPreviewService {
  private cache: { key: string; prepared: PreparedContent } | null = null;

  constructor(
    private readonly editor: ContentEditorService,
    private readonly dialogue: DialogueService,
    private readonly registry: FlowRegistry,
    private readonly templates: TemplateService,
  ) {}

  async reply(staff: StaffPrincipal, input: { text?: string; payload?: string }): Promise<Reply[]> {
    const prepared = await this.prepared();
    const message: InboundMessage = {
      // A channel of its own: the test chat never shares state with a citizen's conversation.
      channel: PREVIEW_CHANNEL as InboundMessage['channel'],
      userId: `staff:${staff.username}`,
      ...input,
    };
    return this.registry.withPreview(prepared.catalog, () =>
      this.templates.withPreview(prepared.overrides, () => this.dialogue.handle(message)),
    );
  }

  private async prepared(): Promise<PreparedContent> {
    const { version } = await this.editor.working();
    if (!version) throw ContentException.notFound('nội dung để xem thử');
    const key = `${version.id}:${version.updatedAt.getTime()}`;
    if (this.cache?.key === key) return this.cache.prepared;
    const check = this.editor.check(version.bundle);
    if (!check.prepared) throw ContentException.checksFailed(check.errors);
    this.cache = { key, prepared: check.prepared };
    return check.prepared;
  }
}
