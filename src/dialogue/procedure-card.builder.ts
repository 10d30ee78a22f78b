import type { ProcedureChannelDto, ProcedureDetailDto } from '../catalog/dto/procedure.dto';

const KEY_DOCUMENTS = 5;
const SHORT_DOCUMENT_CHARS = 160;

/**
 * The data behind the short procedure card: only what the catalog states; a missing value stays
 * missing so the template says so instead of guessing.
 */
export function procedureCardData(p: ProcedureDetailDto, portalUrl: string): object {
  const documents = p.documents
    .filter((d) => d.originals !== 0 || d.copies)
    .map((d) => shortDocumentName(d.name));
  return {
    name: p.name,
    level: p.level,
    field: p.field,
    agency: p.agencies.implementing ?? p.agencies.competent ?? p.address,
    channels: groupChannels(p.channels),
    online: p.channels.some((c) => c.kind === 'online'),
    portalUrl,
    documents: documents.slice(0, KEY_DOCUMENTS),
    moreDocuments: Math.max(0, documents.length - KEY_DOCUMENTS),
    detailUrl: p.detailUrl,
  };
}

/** The time as stated; a bare number whose unit the export lost is shown as such, not guessed. */
export function timeText(c: ProcedureChannelDto): string | null {
  if (!c.processingTime) return null;
  return c.processingTimeUnit || !/^\d+([.,]\d+)?$/.test(c.processingTime)
    ? c.processingTime
    : `${c.processingTime} (danh mục không ghi rõ đơn vị)`;
}

/**
 * The export repeats the same time and fee for every way of filing; one line per distinct
 * (time, fee) pair, naming the ways it applies to, keeps the card short.
 */
function groupChannels(
  channels: ProcedureChannelDto[],
): { label: string; time: string | null; fee: string | null }[] {
  const groups = new Map<string, { labels: string[]; time: string | null; fee: string | null }>();
  for (const c of channels) {
    const time = timeText(c);
    const key = `${time}|${c.fee}`;
    const group = groups.get(key) ?? { labels: [], time, fee: c.fee };
    if (!group.labels.includes(c.label)) group.labels.push(c.label);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => ({ label: g.labels.join(', '), time: g.time, fee: g.fee }));
}

/**
 * The short card names each document in a line: its first sentence, cut at a word boundary.
 * The full wording stays one tap away in the procedure's details.
 */
export function shortDocumentName(name: string): string {
  const firstSentence = name.match(/^(.{20,}?[.;])\s/)?.[1] ?? name;
  if (firstSentence.length <= SHORT_DOCUMENT_CHARS) return firstSentence.replace(/[.;]$/, '');
  const cut = firstSentence.slice(0, SHORT_DOCUMENT_CHARS);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
