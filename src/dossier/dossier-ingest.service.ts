import { Injectable } from '@nestjs/common';
import { dossierInputSchema, type DossierIngestResult } from './dossier-ingest.dto';
import { DossierRepository } from './dossier.repository';
import { toCanonicalStatus } from './dossier-status';

/** Applies a batch from the one-stop system; every item is judged on its own. */
@Injectable()
export class DossierIngestService {
  constructor(private readonly dossiers: DossierRepository) {}

  async ingest(items: unknown[]): Promise<DossierIngestResult> {
    const result: DossierIngestResult = { accepted: 0, rejected: [] };
    for (const [index, item] of items.entries()) {
      const parsed = dossierInputSchema.safeParse(item);
      if (!parsed.success) {
        result.rejected.push({
          index,
          reason: parsed.error.issues.map((i) => `${i.path.join('.') || 'hồ sơ'}: ${i.message}`).join('; '),
        });
        continue;
      }
      const d = parsed.data;
      const status = toCanonicalStatus(d.status);
      if (!status) {
        result.rejected.push({ index, reason: `status: không nhận ra trạng thái "${d.status}"` });
        continue;
      }
      await this.dossiers.upsert({
        code: d.code.toUpperCase(),
        status,
        statusText: d.status,
        procedureCode: d.procedureCode,
        applicantName: d.applicantName,
        applicantPhone: d.applicantPhone,
        agencyName: d.agencyName,
        submissionChannel: d.submissionChannel,
        receivedAt: d.receivedAt ? new Date(d.receivedAt) : undefined,
        dueAt: d.dueAt ? new Date(d.dueAt) : undefined,
        updatedAt: d.updatedAt ? new Date(d.updatedAt) : undefined,
      });
      result.accepted++;
    }
    return result;
  }
}
