import { Injectable } from '@nestjs/common';
import { CatalogIndexService } from '../catalog/catalog-index.service';
import { ReplyRenderer, type ReplySpec } from '../dialogue/reply-renderer';
import { ratingButtons } from '../dialogue/rating-turn';
import { unfollowButton } from '../dialogue/follow-turn';
import { DossierRepository } from '../dossier/dossier.repository';
import { STATUS_LABEL, type DossierStatus } from '../dossier/dossier-status';
import type { NoticeDelivery } from './notice-sender';
import type { Notification } from './notify.entities';
import { vnDate } from '../dossier/vn-date.util';

/** Turns an outbox row into what a citizen reads: the dossier as it is now, never personal data. */
@Injectable()
export class NoticeComposer {
  constructor(
    private readonly dossiers: DossierRepository,
    private readonly index: CatalogIndexService,
    private readonly renderer: ReplyRenderer,
  ) {}

  async compose(notice: Notification): Promise<NoticeDelivery> {
    if (notice.kind === 'staff_reply') return this.staffReply(notice);
    const dossier = await this.dossiers.findByCode(notice.dossierCode);
    const status = (notice.payload.status ?? dossier?.status ?? 'processing') as DossierStatus;
    const procedureName = dossier?.procedureCode
      ? this.index.current().search.document(dossier.procedureCode)?.name
      : undefined;
    const code = notice.dossierCode;
    const specs = this.specs(notice, {
      code,
      procedureName,
      agency: dossier?.agencyName,
      statusLabel: STATUS_LABEL[(dossier?.status ?? status) as DossierStatus],
      due: vnDate(notice.payload.due) ?? '',
    });
    return {
      notice,
      render: (format) => specs.map((spec) => this.renderer.render(spec, format)),
      znsData: {
        ma_ho_so: code,
        trang_thai: STATUS_LABEL[status],
        ten_thu_tuc: (procedureName ?? dossier?.procedureCode ?? '').slice(0, 100),
      },
    };
  }

  /** An agent's words, as written when the reply was sent: nothing looked up, no buttons, no ZNS. */
  private staffReply(notice: Notification): NoticeDelivery {
    const spec: ReplySpec = {
      templateId: 'staff-reply',
      data: { reference: notice.payload.reference ?? notice.dossierCode, text: notice.payload.text ?? '' },
    };
    return { notice, render: (format) => [this.renderer.render(spec, format)], znsData: {} };
  }

  private specs(notice: Notification, data: Record<string, unknown>): ReplySpec[] {
    const code = notice.dossierCode;
    const details = { label: 'Xem chi tiết', payload: `verify:${code}` };
    switch (notice.kind) {
      case 'staff_reply':
        throw new Error('staff replies are composed by staffReply()');
      case 'rating_prompt':
        return [{ templateId: 'notify-rating', data, buttons: ratingButtons(`rate:${code}:`) }];
      case 'due_soon':
      case 'overdue':
        return [{ templateId: `notify-${notice.kind.replace('_', '-')}`, data, buttons: [details] }];
      case 'status': {
        const status = notice.payload.status as DossierStatus;
        return [
          {
            templateId: 'notify-status',
            data: {
              ...data,
              statusLabel: STATUS_LABEL[status],
              result: status === 'completed' || status === 'returned',
              supplement: status === 'supplement_required',
              financial: status === 'financial_obligation',
              stopped: ['paused', 'rejected', 'cancelled'].includes(status),
            },
            buttons: status === 'returned' ? [] : [details, unfollowButton(code)],
          },
        ];
      }
    }
  }
}
