import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppException } from '../../common/app.exception';
import { AuditService } from '../audit/audit.service';
import type { StaffPrincipal } from '../auth/staff-principal';
import { CatalogIndexService } from '../../catalog/catalog-index.service';
import { ContentEditorService } from '../content/content-editor.service';
import { UnansweredRepository, type UnansweredGroup } from './unanswered.repository';

class UnansweredException extends AppException {}

/**
 * The questions citizens asked that the assistant could not answer, grouped so that an editor
 * fixes the most asked first: a group becomes a FAQ entry or a synonym in the draft, or is dismissed.
 */
@Injectable()
export class UnansweredService {
  constructor(
    private readonly repository: UnansweredRepository,
    private readonly editor: ContentEditorService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    private readonly index: CatalogIndexService,
  ) {}

  groups(status: 'open' | 'dismissed' | 'resolved', days: number, limit = 100): Promise<UnansweredGroup[]> {
    return this.repository.groups(status, days, limit);
  }

  async dismiss(staff: StaffPrincipal, groupKey: string): Promise<number> {
    return this.close(staff, groupKey, 'dismissed', null);
  }

  /** A new FAQ entry (in the draft) answering the group; its wordings become the entry's triggers. */
  async toFaq(
    staff: StaffPrincipal,
    groupKey: string,
    faq: { id: string; answer: string; triggers: string[] },
  ): Promise<number> {
    await this.editor.saveFaq(staff, faq.id, { triggers: faq.triggers, answer: faq.answer });
    return this.close(staff, groupKey, 'resolved', `faq:${faq.id}`);
  }

  /** The citizens' wording joins the synonym group of the catalog's wording (in the draft). */
  async toSynonym(staff: StaffPrincipal, groupKey: string, phrase: string, meaning: string): Promise<number> {
    await this.editor.addSynonym(staff, phrase, meaning);
    return this.close(staff, groupKey, 'resolved', 'synonym');
  }

  /**
   * The citizens' wording becomes a way of asking for one procedure (in the draft): the most direct
   * fix when the assistant offered the right procedure among others, or missed it.
   */
  async toProcedure(staff: StaffPrincipal, groupKey: string, code: string, phrase: string): Promise<number> {
    if (!this.index.current().search.document(code))
      throw new UnansweredException(
        'unknown_procedure',
        `Không có thủ tục mã ${code} trong danh mục.`,
        HttpStatus.BAD_REQUEST,
      );
    await this.editor.addProcedurePhrase(staff, code, phrase);
    return this.close(staff, groupKey, 'resolved', `procedure:${code}`);
  }

  private async close(
    staff: StaffPrincipal,
    groupKey: string,
    status: 'dismissed' | 'resolved',
    resolution: string | null,
  ): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const closed = await this.repository.close(manager, groupKey, status, resolution, staff.username);
      if (closed === 0)
        throw new UnansweredException(
          'unanswered_not_found',
          'Nhóm câu hỏi này không còn câu nào đang chờ xử lý.',
          HttpStatus.NOT_FOUND,
        );
      await this.audit.record(
        staff,
        {
          action: `unanswered.${status === 'dismissed' ? 'dismiss' : 'resolve'}`,
          targetType: 'unanswered',
          targetId: groupKey,
          before: { status: 'open', count: closed },
          after: { status, resolution },
        },
        manager,
      );
      return closed;
    });
  }
}
