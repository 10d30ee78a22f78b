import { postJson } from './http';

const DAY = 24 * 3600 * 1000;

/** A dossier as the one-stop system sends it: a real procedure, a named applicant, due in a week. */
export function sampleDossier(code: string, status: string, extra: Record<string, unknown> = {}) {
  return {
    code,
    procedureCode: '1.001193',
    applicantName: 'Nguyễn Văn An',
    applicantPhone: '0912345678',
    agencyName: 'UBND xã Mẫu',
    status,
    receivedAt: '2025-11-20T08:00:00+07:00',
    dueAt: new Date(Date.now() + 7 * DAY).toISOString(),
    ...extra,
  };
}

/** POST /api/integrations/dossiers with the feed's key. */
export function ingestDossiers(baseUrl: string, key: string, dossiers: unknown[]) {
  return postJson(`${baseUrl}/api/integrations/dossiers`, { dossiers }, { authorization: `Bearer ${key}` });
}
