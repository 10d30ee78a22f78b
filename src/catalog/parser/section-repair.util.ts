import { normalizeText } from './text-clean.util';

/**
 * Repairs records the portal scraper split at the wrong place.
 *
 * The scraper cut the page text at the first occurrence of each section title. When the steps
 * themselves mention "Thành phần hồ sơ" ("NLĐ lập hồ sơ theo quy định tại mục 5.3 (Thành phần
 * hồ sơ); nộp hồ sơ …"), the steps were cut short there and the documents field received the
 * rest of the steps instead of the documents table. The full page text (raw_text) still holds
 * every section in order:
 *
 *   …Trình Tự Thực Hiện<steps>Cách Thức Thực Hiện<channels>Thành phần hồ sơ<documents>Căn cứ pháp lý…
 */

const DOCUMENTS_TITLE = 'Thành phần hồ sơ';
const STEPS_TITLE = 'Trình Tự Thực Hiện';
const CHANNELS_TITLE = 'Cách Thức Thực Hiện';
const LEGAL_TITLE = 'Căn cứ pháp lý';
const TABLE_HEADER = /Tên giấy tờ\s*Mẫu đơn, tờ khai\s*Số lượng/;

export interface SectionRepair {
  steps: string;
  documents: string;
}

/**
 * Returns re-extracted steps and documents when the documents field lacks its table but the
 * page text has one right after the channels section; null when no repair applies.
 */
export function repairMisplacedDocuments(
  documentsText: string | null,
  rawText: unknown,
): SectionRepair | null {
  if (typeof rawText !== 'string' || documentsText === null) return null;
  if (TABLE_HEADER.test(documentsText)) return null;
  const raw = normalizeText(rawText);
  const stepsAt = raw.indexOf(STEPS_TITLE);
  const channelsAt = raw.indexOf(CHANNELS_TITLE, stepsAt);
  if (stepsAt < 0 || channelsAt < 0) return null;
  const docsAt = raw.indexOf(DOCUMENTS_TITLE, channelsAt);
  if (docsAt < 0) return null;
  const legalAt = raw.indexOf(LEGAL_TITLE, docsAt);
  const documents = raw.slice(docsAt + DOCUMENTS_TITLE.length, legalAt < 0 ? raw.length : legalAt);
  if (!TABLE_HEADER.test(documents)) return null;
  const steps = raw.slice(stepsAt + STEPS_TITLE.length, channelsAt);
  return { steps, documents };
}
