import type { ProcedureDetailDto } from '../catalog/dto/procedure.dto';
import type { ReplyButton } from './dialogue.types';
import type { Aspect } from './follow-up.detector';
import { procedureCardData, timeText } from './procedure-card.builder';

/** Template data for an answer about one part of a procedure: only what the catalog states. */
export function aspectData(p: ProcedureDetailDto, portalUrl: string): Record<string, unknown> {
  const card = procedureCardData(p, portalUrl) as Record<string, unknown>;
  const labels = [...new Set(p.channels.map((c) => c.label))];
  return {
    ...card,
    competent: p.agencies.competent && p.agencies.competent !== card.agency ? p.agencies.competent : null,
    address: p.address,
    channelLabels: labels.join(', '),
    channels: uniqueBy(
      p.channels.map((c) => ({ label: c.label, fee: c.fee, time: timeText(c) })),
      (c) => `${c.label}|${c.fee}|${c.time}`,
    ),
    groups: documentGroups(p),
    steps: p.steps,
    conditions: p.conditions,
    legalBases: p.legalBases,
    results: p.result.documents,
    onlineLevels: [
      ...new Set(p.onlineLevels.map((o) => `${o.provinceCode}: ${o.onlineLevelText ?? o.onlineLevel}`)),
    ].join(', '),
  };
}

/** Template of each part. */
export const ASPECT_TEMPLATE: Record<Aspect, string> = {
  fee: 'procedure-fee',
  time: 'procedure-time',
  documents: 'procedure-documents',
  where: 'procedure-where',
  online: 'procedure-online',
  legal: 'procedure-legal',
  steps: 'procedure-steps',
  conditions: 'procedure-conditions',
  result: 'procedure-result',
};

const BUTTON_LABEL: Partial<Record<Aspect, string>> = {
  documents: 'Giấy tờ cần nộp',
  steps: 'Các bước thực hiện',
  fee: 'Lệ phí',
  where: 'Nơi nộp',
  conditions: 'Điều kiện',
  legal: 'Căn cứ pháp lý',
};

/** Buttons under a procedure answer for the parts not shown yet. */
export function aspectButtons(code: string, shown: Aspect | 'card'): ReplyButton[] {
  const skip = shown === 'card' ? ['fee', 'where'] : [shown];
  return (Object.keys(BUTTON_LABEL) as Aspect[])
    .filter((a) => !skip.includes(a))
    .slice(0, 4)
    .map((a) => ({ label: BUTTON_LABEL[a]!, payload: `detail:${a}:${code}` }));
}

function documentGroups(p: ProcedureDetailDto): { title: string | null; documents: object[] }[] {
  const groups: { title: string | null; documents: object[] }[] = [];
  let n = 0;
  for (const d of p.documents) {
    let group = groups[groups.length - 1];
    if (!group || group.title !== d.group) groups.push((group = { title: d.group, documents: [] }));
    group.documents.push({ number: ++n, name: d.name, quantity: d.quantity, forms: d.forms.join(', ') });
  }
  return groups;
}

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(key(i)) ? false : (seen.add(key(i)), true)));
}
