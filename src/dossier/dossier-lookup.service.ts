import { Injectable } from '@nestjs/common';
import { CatalogIndexService } from '../catalog/catalog-index.service';
import { maskApplicantName, phoneLast4 } from './applicant-mask.util';
import type { Dossier } from './dossier.entity';
import { DossierRepository } from './dossier.repository';
import { FINAL, STATUS_LABEL } from './dossier-status';
import { vnDate } from './vn-date.util';

/** Guessing codes is slowed: this many lookups per citizen (and per source) in the window. */
export const LOOKUP_LIMIT = 10;
export const LOOKUP_WINDOW_MINUTES = 10;
const DUE_SOON_MS = 2 * 24 * 3600 * 1000;

export type LookupResult =
  | { kind: 'found'; data: Record<string, unknown> }
  | { kind: 'not_found' }
  | { kind: 'rate_limited'; minutes: number };

/**
 * A dossier by its code, as a stranger holding the code may see it: status and dates, the
 * applicant masked, never the phone. Details need the last four digits of the phone on file.
 */
@Injectable()
export class DossierLookupService {
  constructor(
    private readonly dossiers: DossierRepository,
    private readonly index: CatalogIndexService,
  ) {}

  /** `keys` name who is asking (the citizen, and the source address when known). */
  async lookup(code: string, keys: string[]): Promise<LookupResult> {
    for (const key of keys) {
      if ((await this.dossiers.countLookup(key, LOOKUP_WINDOW_MINUTES)) > LOOKUP_LIMIT) {
        return { kind: 'rate_limited', minutes: LOOKUP_WINDOW_MINUTES };
      }
    }
    const dossier = await this.dossiers.findByCode(code);
    return dossier ? { kind: 'found', data: this.summary(dossier) } : { kind: 'not_found' };
  }

  /** The full view, when the last four digits match the phone on file; null otherwise. */
  async details(code: string, last4: string): Promise<Record<string, unknown> | null> {
    const dossier = await this.dossiers.findByCode(code);
    const expected = phoneLast4(dossier?.applicantPhone ?? null);
    if (!dossier || !expected || expected !== last4) return null;
    const history = await this.dossiers.history(code);
    return {
      ...this.summary(dossier),
      statusText: dossier.statusText,
      history: history.map((h) => ({ at: vnDate(h.at), label: STATUS_LABEL[h.status], text: h.statusText })),
      supplement: dossier.status === 'supplement_required',
    };
  }

  /** The masked summary of a dossier already loaded; callers count the lookup where one is made. */
  summary(d: Dossier): Record<string, unknown> {
    const now = Date.now();
    const open = !FINAL.includes(d.status) && d.status !== 'completed';
    const due = d.dueAt?.getTime();
    return {
      code: d.code,
      procedureCode: d.procedureCode,
      procedureName: d.procedureCode
        ? this.index.current().search.document(d.procedureCode)?.name
        : undefined,
      agency: d.agencyName,
      applicant: d.applicantName ? maskApplicantName(d.applicantName) : '(không có thông tin)',
      status: d.status,
      statusLabel: STATUS_LABEL[d.status],
      received: vnDate(d.receivedAt),
      due: vnDate(d.dueAt),
      overdue: open && due !== undefined && due < now,
      dueSoon: open && due !== undefined && due >= now && due - now < DUE_SOON_MS,
      // Still moving: following it brings the result (and, once handed over, the rating prompt).
      followable: !FINAL.includes(d.status),
    };
  }
}
